import { commonPasswords } from "@/lib/auth/commonPasswords";
import { hashPassword } from "@/lib/auth/password";
import { passwordStrength } from "@/lib/auth/passwordStrength";
import { ValidationError } from "@/lib/core/errors";
import { passwordProblem } from "@/lib/domain/passwordPolicy";
import { words } from "@/lib/core/serviceWords";

/**
 * Checks a password someone chose against the policy (a ValidationError on `field`, saying why, when it falls short)
 * and that the confirmation matches, then returns its hash.
 */
export async function hashNewPassword(password: string, confirm: string, email: string, field = "password"): Promise<string> {
  const problem = passwordProblem(password, { email, commonPasswords: await commonPasswords(), strength: await passwordStrength() });
  if (problem) throw new ValidationError(problem, { [field]: problem });
  if (confirm !== password) {
    const message = words("passwordsDiffer");
    throw new ValidationError(message, { confirm: message });
  }
  return hashPassword(password);
}
