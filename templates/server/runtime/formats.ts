/**
 * The string formats requests are validated with: ajv-formats' full formats,
 * except that a date, time or date-time must also be one JavaScript can hold.
 * RFC 3339 allows values `new Date()` turns into an Invalid Date — a leap
 * second (`23:59:60Z`), an offset without minutes (`+05`) — and a handler
 * that parses one then answers 500. Such values are refused as
 * `invalid_format` instead, before any handler runs.
 */
import * as ajvFormatsModule from "ajv-formats/dist/formats.js";

type FormatDefinition = { validate: (value: string) => boolean; compare?: (a: string, b: string) => number | undefined };
type FormatsModule = { fullFormats: Record<string, unknown>; fastFormats: Record<string, unknown> };

// CommonJS under NodeNext: the exports sit on `default` or on the namespace itself.
const ajvFormats = ((ajvFormatsModule as unknown as { default?: FormatsModule }).default ?? ajvFormatsModule) as unknown as FormatsModule;

/** The module id ajv's standalone code loads its formats from; the loader hands it these formats instead. */
export const FORMATS_MODULE_ID = "ajv-formats/dist/formats";

const representable = (value: string): boolean => !Number.isNaN(Date.parse(value));

function also(name: string, check: (value: string) => boolean): FormatDefinition {
  const base = ajvFormats.fullFormats[name] as FormatDefinition | RegExp;
  const validate = base instanceof RegExp ? (value: string) => base.test(value) : base.validate;
  return { ...(base instanceof RegExp ? {} : base), validate: (value: string) => validate(value) && check(value) };
}

/** Formats whose values must survive `new Date()`. */
export const dateFormats: Record<string, FormatDefinition> = {
  date: also("date", representable),
  "date-time": also("date-time", representable),
  "iso-date-time": also("iso-date-time", representable),
  // A time alone: on a fixed day, as a date-time would carry it.
  time: also("time", (value) => representable(`1970-01-01T${value}`)),
  "iso-time": also("iso-time", (value) => representable(`1970-01-01T${value}`)),
};

/** ajv-formats' module with the full formats replaced by the checked ones (what standalone code `require`s). */
export const formatsModule: FormatsModule = {
  ...ajvFormats,
  fullFormats: { ...ajvFormats.fullFormats, ...dateFormats },
};
