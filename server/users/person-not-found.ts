import { AppError } from "../../lib/api/errors";

/** 404: no account with this id. */
export class PersonNotFoundError extends AppError {
  constructor() {
    super("not-found", "There is no account with this id.");
    this.name = "PersonNotFoundError";
  }
}
