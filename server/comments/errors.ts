// Moved to lib/api/errors.ts (one error type for the app); kept for importers not yet moved.
export { InvalidInputError, ThreadNotFoundError } from "../../lib/api/errors";
