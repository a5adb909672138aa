// The "try it" panel: builds a request for one operation from a small form
// (server, credentials, path/query/header parameters, body), sends it with
// fetch to the server the reader picks and shows the status and body. It
// reads `window.__API_TRY_IT__` (try-it-data.js, made from the model), puts
// a "Try it" button on each operation Redoc renders, and writes spec or
// response text only as text (textContent), never as HTML.
//
// The page's Content-Security-Policy allows connections only to the page's
// own origin, the spec's servers and loopback (127.0.0.1/localhost, where the
// mock runs): the panel checks a custom URL against the same list and says
// so rather than letting the browser refuse it silently. The token lives in
// this page's memory only; nothing is stored.
(() => {
  var data = window.__API_TRY_IT__;
  if (!data?.operations?.length) return;
  var CUSTOM = "__custom__";
  var current = 0;
  var inflight = null;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var key in attrs || {}) {
      if (attrs[key] === false || attrs[key] === undefined || attrs[key] === null) continue;
      if (key === "text") node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key] === true ? "" : String(attrs[key]));
    }
    (children || []).forEach((child) => {
      if (child) node.appendChild(child);
    });
    return node;
  }

  // ---- the panel ----
  var serverSelect = el("select", { id: "try-it-server", name: "server" });
  data.servers.forEach((server) => {
    // The description alone (a select cuts long text); the chosen URL is shown under it.
    serverSelect.appendChild(el("option", { value: server.url, text: server.description || server.url }));
  });
  serverSelect.appendChild(el("option", { value: CUSTOM, text: "Custom URL…" }));
  var customUrl = el("input", {
    id: "try-it-custom-url",
    name: "customUrl",
    type: "url",
    placeholder: "http://127.0.0.1:3000",
    autocomplete: "off",
    spellcheck: "false",
    hidden: true,
  });
  var serverNote = el("p", { id: "try-it-server-note", class: "try-it-note" });
  var operationSelect = el("select", { id: "try-it-operation", name: "operation" });
  data.operations.forEach((op, i) => {
    operationSelect.appendChild(el("option", { value: String(i), text: op.label }));
  });
  var authLabel = { bearer: "Bearer token", basic: "Username:password", apiKey: `API key${data.auth.name ? ` (${data.auth.name})` : ""}` }[data.auth.type];
  var token = el("input", {
    id: "try-it-token",
    name: "token",
    type: "password",
    autocomplete: "off",
    spellcheck: "false",
    placeholder: data.auth.type === "basic" ? "user:password" : "",
  });
  var authBlock = authLabel
    ? el("div", { class: "try-it-field" }, [
        el("label", { for: "try-it-token", text: authLabel }),
        token,
        data.auth.type === "apiKey" && data.auth.in === "cookie"
          ? el("p", { class: "try-it-note", text: "This API takes its key in a cookie, which a page cannot set for another site: requests go without it." })
          : null,
      ])
    : null;
  var params = el("div", { id: "try-it-params" });
  var body = el("div", { id: "try-it-body" });
  var preview = el("p", { id: "try-it-url", class: "try-it-url" });
  var send = el("button", { id: "try-it-send", type: "submit", class: "try-it-send", text: "Send request" });
  var form = el("form", { id: "try-it-form", novalidate: true }, [
    el("div", { class: "try-it-field" }, [el("label", { for: "try-it-server", text: "Server" }), serverSelect, customUrl, serverNote]),
    el("div", { class: "try-it-field" }, [el("label", { for: "try-it-operation", text: "Operation" }), operationSelect]),
    authBlock,
    params,
    body,
    preview,
    send,
  ]);
  var status = el("p", { id: "try-it-status", class: "try-it-status", role: "status" });
  var responseHeaders = el("pre", { id: "try-it-response-headers", class: "try-it-code try-it-headers", hidden: true });
  var responseBody = el("pre", { id: "try-it-response-body", class: "try-it-code", hidden: true });
  var close = el("button", { type: "button", class: "try-it-close", "aria-label": "Close the try-it panel", text: "×" });
  var panel = el("aside", { id: "try-it", class: "try-it", role: "dialog", "aria-labelledby": "try-it-title", hidden: true }, [
    el("div", { class: "try-it-head" }, [el("h2", { id: "try-it-title", text: "Try it" }), close]),
    form,
    el("section", { class: "try-it-result", "aria-live": "polite" }, [status, responseHeaders, responseBody]),
  ]);
  document.body.appendChild(panel);

  // ---- form contents for the chosen operation ----
  function fieldId(param) {
    return `try-it-${param.in}-${param.name.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  }

  function fillOperation(index) {
    current = index;
    operationSelect.value = String(index);
    var op = data.operations[index];
    params.textContent = "";
    ["path", "query", "header"].forEach((where) => {
      var list = op.params.filter((p) => p.in === where);
      if (!list.length) return;
      var group = el("fieldset", { class: "try-it-group" }, [
        el("legend", { text: where === "path" ? "Path parameters" : where === "query" ? "Query parameters" : "Headers" }),
      ]);
      list.forEach((p) => {
        var id = fieldId(p);
        var input = el("input", {
          id: id,
          type: "text",
          value: p.value,
          "data-in": p.in,
          "data-name": p.name,
          "data-array": p.array ? "true" : false,
          autocomplete: "off",
          spellcheck: "false",
          required: p.required,
        });
        group.appendChild(
          el("div", { class: "try-it-field" }, [
            el("label", { for: id }, [
              el("code", { text: p.name }),
              p.required ? el("span", { class: "try-it-required", text: " required" }) : null,
              p.array ? el("span", { class: "try-it-hint", text: " (comma-separated)" }) : null,
            ]),
            input,
          ]),
        );
      });
      params.appendChild(group);
    });
    body.textContent = "";
    if (op.body) {
      var group = el("fieldset", { class: "try-it-group" }, [el("legend", { text: `Body (${op.body.contentType})${op.body.required ? "" : ", optional"}` })]);
      if (op.body.kind !== "binary") {
        group.appendChild(
          el("textarea", {
            id: "try-it-body-text",
            rows: Math.min(14, Math.max(3, op.body.value.split("\n").length + 1)),
            spellcheck: "false",
            "aria-label": "Request body",
            text: op.body.value,
          }),
        );
        if (op.body.kind === "form-urlencoded" || op.body.kind === "multipart")
          group.appendChild(el("p", { class: "try-it-note", text: "Fields as a JSON object." }));
      }
      var files = op.body.kind === "binary" ? [{ name: "", array: false, required: op.body.required }] : op.body.files;
      files.forEach((f, i) => {
        var id = `try-it-file-${i}`;
        group.appendChild(
          el("div", { class: "try-it-field" }, [
            el("label", { for: id, text: f.name ? `File: ${f.name}` : "File" }),
            el("input", { id: id, type: "file", "data-part": f.name, multiple: f.array }),
          ]),
        );
      });
      body.appendChild(group);
    }
    updatePreview();
  }

  // ---- building the request ----
  function isLoopbackHost(host) {
    return host === "127.0.0.1" || host === "localhost";
  }

  function allowed(url) {
    if (url.origin === location.origin) return true;
    if ((url.protocol === "http:" || url.protocol === "https:") && isLoopbackHost(url.hostname)) return true;
    return data.allowedOrigins.indexOf(url.origin) !== -1;
  }

  function baseUrl() {
    var raw = serverSelect.value === CUSTOM ? customUrl.value.trim() : serverSelect.value;
    if (!raw) throw new Error("Enter the server's URL.");
    var url;
    try {
      url = new URL(raw, location.href);
    } catch (_e) {
      throw new Error(`“${raw}” is not a URL.`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new Error(`The server must be an http:// or https:// URL (the page is ${location.protocol}).`);
    if (!allowed(url)) {
      throw new Error(
        "This page may only send requests to " +
          ["its own origin"].concat(data.allowedOrigins, ["127.0.0.1 or localhost on any port"]).join(", ") +
          ": its security policy stops it reaching " +
          url.origin +
          ".",
      );
    }
    return url;
  }

  function inputsOf(where) {
    return Array.prototype.slice.call(params.querySelectorAll(`input[data-in="${where}"]`));
  }

  function build() {
    var op = data.operations[current];
    var base = baseUrl();
    var missing = [];
    var pathValues = {};
    inputsOf("path").forEach((input) => {
      pathValues[input.getAttribute("data-name")] = input.value;
    });
    var route = op.path.replace(/\{([^}]+)\}/g, (whole, name) => {
      var value = pathValues[name];
      if (value === undefined || value === "") {
        missing.push(name);
        return whole;
      }
      return encodeURIComponent(value);
    });
    var url = new URL(base.href.replace(/\/+$/, "") + route);
    var headers = {};
    inputsOf("query")
      .concat(inputsOf("header"))
      .forEach((input) => {
        var name = input.getAttribute("data-name");
        var value = input.value;
        if (value === "") {
          if (input.required) missing.push(name);
          return;
        }
        var values = input.getAttribute("data-array") === "true" ? value.split(",").map((v) => v.trim()) : [value];
        if (input.getAttribute("data-in") === "query")
          values.forEach((v) => {
            url.searchParams.append(name, v);
          });
        else headers[name] = values.join(",");
      });
    var secret = token.value;
    if (secret) {
      if (data.auth.type === "bearer") headers.Authorization = `Bearer ${secret}`;
      else if (data.auth.type === "basic") headers.Authorization = `Basic ${btoa(unescape(encodeURIComponent(secret)))}`;
      else if (data.auth.type === "apiKey" && data.auth.in === "header") headers[data.auth.name] = secret;
      else if (data.auth.type === "apiKey" && data.auth.in === "query") url.searchParams.set(data.auth.name, secret);
    }
    var payload;
    if (op.body) {
      var area = document.getElementById("try-it-body-text");
      var source = area ? area.value : "";
      var fileInputs = Array.prototype.slice.call(body.querySelectorAll("input[type=file]"));
      var kind = op.body.kind;
      var fields = () => {
        if (!source.trim()) return {};
        var parsed;
        try {
          parsed = JSON.parse(source);
        } catch (e) {
          throw new Error(`The body is not valid JSON: ${e.message}`);
        }
        if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("The body must be a JSON object of fields.");
        return parsed;
      };
      if (kind === "json") {
        if (source.trim()) {
          try {
            payload = JSON.stringify(JSON.parse(source));
          } catch (e) {
            throw new Error(`The body is not valid JSON: ${e.message}`);
          }
          headers["Content-Type"] = op.body.contentType;
        } else if (op.body.required) missing.push("body");
      } else if (kind === "text") {
        if (source !== "" || op.body.required) {
          payload = source;
          headers["Content-Type"] = op.body.contentType;
        }
      } else if (kind === "form-urlencoded") {
        var form = new URLSearchParams();
        var given = fields();
        Object.keys(given).forEach((k) => {
          form.append(k, typeof given[k] === "object" ? JSON.stringify(given[k]) : String(given[k]));
        });
        payload = form;
      } else if (kind === "multipart") {
        var parts = new FormData();
        var values = fields();
        Object.keys(values).forEach((k) => {
          parts.append(k, typeof values[k] === "object" ? JSON.stringify(values[k]) : String(values[k]));
        });
        fileInputs.forEach((input) => {
          Array.prototype.forEach.call(input.files, (file) => {
            parts.append(input.getAttribute("data-part"), file, file.name);
          });
        });
        payload = parts; // the browser sets the multipart boundary
      } else if (kind === "binary") {
        var file = fileInputs[0]?.files[0];
        if (file) {
          payload = file;
          headers["Content-Type"] = op.body.contentType;
        } else if (op.body.required) missing.push("file");
      }
    }
    return { method: op.method, url: url, headers: headers, body: payload, missing: missing };
  }

  function updatePreview() {
    customUrl.hidden = serverSelect.value !== CUSTOM;
    serverNote.textContent =
      serverSelect.value === CUSTOM ? "Its own origin, the spec's servers and 127.0.0.1/localhost are the places this page may reach." : serverSelect.value;
    try {
      var request = build();
      preview.textContent = `${request.method} ${request.url.href}`;
      preview.classList.remove("try-it-error");
    } catch (error) {
      preview.textContent = error.message;
      preview.classList.add("try-it-error");
    }
  }

  function pretty(text, type) {
    if (/json/i.test(type || "")) {
      try {
        return JSON.stringify(JSON.parse(text), null, 2);
      } catch (_e) {
        return text;
      }
    }
    return text;
  }

  function submit(event) {
    event.preventDefault();
    var request;
    try {
      request = build();
    } catch (error) {
      showError(error.message);
      return;
    }
    if (request.missing.length) {
      showError(`Fill in: ${request.missing.join(", ")}.`);
      return;
    }
    if (inflight) inflight.abort();
    var controller = (inflight = new AbortController());
    var started = performance.now();
    status.className = "try-it-status";
    status.removeAttribute("data-status");
    status.textContent = `Sending ${request.method} ${request.url.href} …`;
    responseHeaders.hidden = true;
    responseBody.hidden = true;
    send.disabled = true;
    fetch(request.url.href, {
      method: request.method,
      headers: request.headers,
      body: request.method === "GET" || request.method === "HEAD" ? undefined : request.body,
      mode: "cors",
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
      signal: controller.signal,
    })
      .then((response) =>
        response.text().then((text) => {
          var ms = Math.round(performance.now() - started);
          status.className = `try-it-status ${response.ok ? "try-it-ok" : "try-it-failed"}`;
          status.setAttribute("data-status", String(response.status));
          status.textContent = `${response.status} ${response.statusText || ""} · ${ms} ms`;
          var lines = [];
          response.headers.forEach((value, name) => {
            lines.push(`${name}: ${value}`);
          });
          responseHeaders.textContent = lines.join("\n");
          responseHeaders.hidden = lines.length === 0;
          responseBody.textContent = pretty(text, response.headers.get("content-type"));
          responseBody.hidden = text === "";
        }),
      )
      .catch((error) => {
        if (error && error.name === "AbortError") return;
        showError(`No response from ${request.url.origin} (${error?.message}). Is the server running, and does it answer CORS requests from this page?`);
      })
      .then(() => {
        if (inflight === controller) inflight = null;
        send.disabled = false;
      });
  }

  function showError(message) {
    status.className = "try-it-status try-it-failed";
    status.removeAttribute("data-status");
    status.textContent = message;
    responseHeaders.hidden = true;
    responseBody.hidden = true;
  }

  // ---- opening and closing ----
  var opener = null;
  function open(index, from) {
    if (index !== current || !params.childNodes.length) fillOperation(index);
    opener = from || null;
    panel.hidden = false;
    document.documentElement.classList.add("try-it-shown");
    var first = panel.querySelector("#try-it-params input, #try-it-token, #try-it-server");
    if (first) first.focus();
  }
  function shut() {
    panel.hidden = true;
    document.documentElement.classList.remove("try-it-shown");
    if (opener?.isConnected) opener.focus();
  }

  close.addEventListener("click", shut);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !panel.hidden) shut();
  });
  operationSelect.addEventListener("change", () => {
    fillOperation(Number(operationSelect.value));
  });
  form.addEventListener("input", updatePreview);
  form.addEventListener("change", updatePreview);
  form.addEventListener("submit", submit);

  // ---- a button on every operation Redoc rendered ----
  function sectionOf(op) {
    var byId = op.sectionId && document.getElementById(op.sectionId);
    if (byId) return byId;
    var sections = document.querySelectorAll("[data-section-id]");
    for (var i = 0; i < sections.length; i++) {
      var id = sections[i].getAttribute("data-section-id") || "";
      if (id.slice(-op.pointerTail.length) === op.pointerTail) return sections[i];
    }
    return null;
  }

  function addButtons() {
    data.operations.forEach((op, index) => {
      var section = sectionOf(op);
      if (!section || section.querySelector(".try-it-open")) return;
      var heading = section.querySelector("h2");
      if (!heading) return;
      var button = el("button", { type: "button", class: "try-it-open", "data-operation": String(index), "aria-haspopup": "dialog", text: "Try it" });
      button.addEventListener("click", () => {
        open(index, button);
      });
      heading.parentNode.insertBefore(button, heading.nextSibling);
    });
  }

  document.addEventListener("docs:rendered", addButtons);
  if (document.documentElement.getAttribute("data-docs-ready") === "true") addButtons();
  fillOperation(0);
})();
