import { ATTEMPT_WINDOW_MINUTES } from "./credentials";

export const RATE_LIMIT_MESSAGE = `Too many failed sign-in attempts for this email. Wait ${ATTEMPT_WINDOW_MINUTES} minutes, or ask an admin to reset your password.`;
