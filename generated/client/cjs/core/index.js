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
var __reExport = (target, mod, secondTarget) => (__copyProps(target, mod, "default"), secondTarget && __copyProps(secondTarget, mod, "default"));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var core_exports = {};
__export(core_exports, {
  InvalidRequestError: () => import_request_url.InvalidRequestError
});
module.exports = __toCommonJS(core_exports);
__reExport(core_exports, require("./client.js"), module.exports);
__reExport(core_exports, require("./api-promise.js"), module.exports);
__reExport(core_exports, require("./pagination.js"), module.exports);
__reExport(core_exports, require("./errors.js"), module.exports);
__reExport(core_exports, require("./uploads.js"), module.exports);
__reExport(core_exports, require("./download.js"), module.exports);
var import_request_url = require("./request-url.js");
__reExport(core_exports, require("./retry.js"), module.exports);
