var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var redact_exports = {};
__export(redact_exports, {
  MIN_SECRET_LENGTH: () => MIN_SECRET_LENGTH,
  REDACTED: () => REDACTED,
  redactDeep: () => redactDeep,
  redactText: () => redactText
});
module.exports = __toCommonJS(redact_exports);
const REDACTED = "[REDACTED]";
const MIN_SECRET_LENGTH = 8;
const TOKEN_CHAR = /[A-Za-z0-9_-]/;
function redactText(text, secrets) {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH || !out.includes(secret))
      continue;
    let result = "";
    let from = 0;
    for (let at = out.indexOf(secret); at !== -1; at = out.indexOf(secret, at + secret.length)) {
      const before = at > 0 ? out[at - 1] : "";
      const after = out[at + secret.length] ?? "";
      if (before && TOKEN_CHAR.test(before) && TOKEN_CHAR.test(secret[0]) || after && TOKEN_CHAR.test(after) && TOKEN_CHAR.test(secret[secret.length - 1]))
        continue;
      result += out.slice(from, at) + REDACTED;
      from = at + secret.length;
    }
    out = result + out.slice(from);
  }
  return out;
}
function redactDeep(value, secrets) {
  if (secrets.length === 0)
    return value;
  if (typeof value === "string")
    return redactText(value, secrets);
  if (Array.isArray(value))
    return value.map((item) => redactDeep(item, secrets));
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [key, item] of Object.entries(value))
      out[key] = redactDeep(item, secrets);
    return out;
  }
  return value;
}
