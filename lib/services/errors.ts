/** Typed failures of the service verbs; routes and actions map them to messages once (see actionResult). */
export class ServiceError extends Error {}

export class UnauthenticatedError extends ServiceError {
  constructor() {
    super("Please sign in to continue.");
  }
}

export class ForbiddenError extends ServiceError {
  constructor(message = "You do not have permission to do that.") {
    super(message);
  }
}

export class NotFoundError extends ServiceError {
  constructor(what = "That item") {
    super(`${what} could not be found. It may have been deleted.`);
  }
}

export class ConflictError extends ServiceError {
  constructor(message = "Someone else changed this in the meantime. Reload to see their change, then try again.") {
    super(message);
  }
}

/** Bad input: `fieldErrors` maps a field name to what is wrong with it, in words a user can act on. */
export class ValidationError extends ServiceError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
  }
}
