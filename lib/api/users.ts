// The people API: accounts, their invitations and passwords. What each request must hold (parsed
// at the route's edge) and what it answers; the People page and the invitation page use these
// types too.
//
//   GET   /api/users                    ?q=&role=&state= → Person[]
//   POST  /api/users                    CreatePersonBody → 201 CreatedPerson
//   POST  /api/users/import             text/csv (name,email,role,state) → 201 ImportResult | 400 ImportRefusal
//   PATCH /api/users/{id}               UpdatePersonBody → Person
//   POST  /api/users/{id}/invitation    → 201 InvitationLink (a password reset)
//   POST  /api/invitations/{token}      SetPasswordBody → 204
//   POST  /api/account/password         ChangePasswordBody → 204
import { z } from "zod";
import type { Role } from "../auth/session-user";

export const ROLES = ["DELEGATE", "CHAIR", "SECRETARIAT", "OBSERVER"] as const satisfies readonly Role[];

/** Passwords: long enough to resist guessing offline, short enough to hash cheaply (sign-in refuses longer). */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 512;
export const NAME_MAX = 200;
/** A CSV of people may be larger than the API's 64 KB JSON limit (server/runtime/api-gate.ts). */
export const PEOPLE_CSV_LIMIT_BYTES = 1024 * 1024;
export const PEOPLE_CSV_MAX_ROWS = 2000;
/** How long an invitation link works. */
export const INVITATION_HOURS = 72;

export interface Person {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** The delegation's Member State code, for delegates only. */
  memberState: string | null;
  memberStateName: string | null;
  active: boolean;
  /** False until the person has set a password through their invitation. */
  passwordSet: boolean;
  createdAt: string;
}

/** A one-time link through which a person sets their password. */
export interface InvitationLink {
  url: string;
  /** ISO time. */
  expiresAt: string;
  /** True when Concord mailed it (SMTP_URL is set and the mail server took it). */
  mailed: boolean;
}

export interface CreatedPerson extends Person {
  invitation: InvitationLink;
}

export interface ImportResult {
  created: Person[];
  invitations: (InvitationLink & { email: string })[];
}

export interface ImportLineProblem {
  /** The line of the file (the header is line 1). */
  line: number;
  message: string;
}

/** The 400 of an import: every bad line, and nothing created. */
export interface ImportRefusal {
  error: "invalid";
  message: string;
  lines: ImportLineProblem[];
}

const name = z
  .string()
  .transform((value) => value.trim())
  .pipe(z.string().min(1, "Give the person's name.").max(NAME_MAX, `A name can be at most ${NAME_MAX} characters.`));

export const emailSchema = z
  .string()
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.email("Give a valid email address.").max(320, "This email address is too long."));

const role = z.enum(ROLES, `The role must be one of ${ROLES.join(", ")}.`);

/** A Member State code as people type it ("kz"); whether the forum has it is the operation's check. */
const stateCode = z
  .string()
  .transform((value) => value.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, "A Member State is given by its two-letter code, e.g. KZ."));

export const createPersonBody = z.object({
  name,
  email: emailSchema,
  role,
  memberState: stateCode.nullish().transform((value) => value ?? null),
});
export type CreatePersonRequest = z.input<typeof createPersonBody>;
export type CreatePersonBody = z.output<typeof createPersonBody>;

export const updatePersonBody = z
  .object({ role: role.optional(), memberState: stateCode.nullable().optional(), active: z.boolean().optional() })
  .refine(
    (body) => Object.values(body).some((value) => value !== undefined),
    "Say what to change: role, memberState or active.",
  );
export type UpdatePersonRequest = z.input<typeof updatePersonBody>;
export type UpdatePersonBody = z.output<typeof updatePersonBody>;

/** A filter left empty in the People page's form ("any role") is no filter. */
const blankIsUnset = (value: unknown) => (value === "" ? undefined : value);

export const peopleQuery = z.object({
  q: z.preprocess(blankIsUnset, z.string().trim().max(200).optional()),
  role: z.preprocess(blankIsUnset, z.enum(ROLES).optional()),
  state: z.preprocess(blankIsUnset, z.string().trim().toUpperCase().max(2).optional()),
});
export type PeopleQuery = z.output<typeof peopleQuery>;

export const personParams = z.object({ id: z.string() });
export const invitationParams = z.object({ token: z.string().max(200) });

export const newPassword = z
  .string()
  .min(PASSWORD_MIN, `A password needs at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `A password can be at most ${PASSWORD_MAX} characters.`);

export const setPasswordBody = z.object({ password: newPassword });
export type SetPasswordBody = z.output<typeof setPasswordBody>;

export const changePasswordBody = z.object({
  current: z.string().min(1, "Give your current password.").max(PASSWORD_MAX),
  password: newPassword,
});
export type ChangePasswordBody = z.output<typeof changePasswordBody>;
