// What a refused import says: a 400 naming the problem with the file (413 for its size), so the
// secretariat knows whether to re-save it, decrypt it or split it. Nothing is created.
import { AppError } from "../../lib/api/errors";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** The most a file may inflate to, all its parts together. */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;

export class ImportError extends AppError {
  constructor(
    message: string,
    /** What kind of problem, for tests and the page: "corrupt", "encrypted", "legacy-doc" … */
    readonly problem: string,
  ) {
    super("invalid", message, { problem });
    this.name = "ImportError";
  }
}

export class FileTooLargeError extends AppError {
  constructor() {
    super("too-large", "The file is larger than 10 MB. Save it without images, or split it, and import it again.", {
      problem: "too-large",
    });
    this.name = "FileTooLargeError";
  }
}
