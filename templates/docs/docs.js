// Renders the API reference with the Redoc 2 bundle beside this page, from
// the document spec.js defines. Redoc 2 reports no telemetry; `untrustedSpec`
// sanitizes the HTML a description may contain before it reaches the page.
//
// Redoc takes its colours as a theme object at render time, not from CSS, so
// the page follows the reader's light/dark setting by rendering with the
// matching theme, and renders again when the setting changes. Code wraps
// (typography.code.wrap) so a sample's method call is never scrolled out of
// a narrow right-hand panel.
(() => {
  var root = document.getElementById("redoc");
  var shared = {
    typography: { code: { wrap: true } },
  };
  var light = {
    typography: { code: { wrap: true } },
    colors: { primary: { main: "#2b5bb5" }, text: { primary: "#1f2430", secondary: "#4a5160" } },
    rightPanel: { backgroundColor: "#1f2736", textColor: "#ffffff" },
    codeBlock: { backgroundColor: "#141a26" },
  };
  var dark = {
    typography: {
      code: { wrap: true, color: "#ffb3a7", backgroundColor: "rgba(255, 255, 255, 0.08)" },
      links: { color: "#8fb8ff", visited: "#8fb8ff", hover: "#bcd4ff" },
    },
    colors: {
      primary: { main: "#8fb8ff", contrastText: "#0e131c" },
      success: { main: "#6fd38f" },
      warning: { main: "#f0b454" },
      error: { main: "#ff8a80" },
      text: { primary: "#e3e7ee", secondary: "#b3bccb" },
      border: { light: "#2d3546", dark: "#4a5568" },
      gray: { 50: "#1a2130", 100: "#222a3a" },
      responses: {
        success: { color: "#7ee0a0", backgroundColor: "rgba(126, 224, 160, 0.10)", tabTextColor: "#7ee0a0" },
        error: { color: "#ff9a90", backgroundColor: "rgba(255, 138, 128, 0.10)", tabTextColor: "#ff9a90" },
        redirect: { color: "#f0b454", backgroundColor: "rgba(240, 180, 84, 0.10)", tabTextColor: "#f0b454" },
        info: { color: "#8fb8ff", backgroundColor: "rgba(143, 184, 255, 0.10)", tabTextColor: "#8fb8ff" },
      },
    },
    schema: {
      linesColor: "#4a5568",
      typeNameColor: "#b3bccb",
      typeTitleColor: "#c9d1de",
      requireLabelColor: "#ff8a80",
      nestedBackground: "#161c29",
      arrow: { color: "#b3bccb" },
    },
    sidebar: {
      backgroundColor: "#131925",
      textColor: "#d5dae3",
      activeTextColor: "#8fb8ff",
      groupItems: { activeBackgroundColor: "#1d2536", activeTextColor: "#8fb8ff" },
      level1Items: { activeBackgroundColor: "#1d2536", activeTextColor: "#8fb8ff" },
      arrow: { color: "#b3bccb" },
    },
    rightPanel: {
      backgroundColor: "#0a0e15",
      textColor: "#e3e7ee",
      servers: { overlay: { backgroundColor: "#1a2130", textColor: "#e3e7ee" }, url: { backgroundColor: "#0e131c" } },
    },
    codeBlock: { backgroundColor: "#141a26" },
    fab: { backgroundColor: "#1f2a44", color: "#e3e7ee" },
    // Redoc draws these section captions ("Response Headers", "Response Schema") in a fixed dark grey.
    extensionsHook: (name) => (name === "UnderlinedHeader" ? "color: #b3bccb; & span { color: inherit; }" : ""),
  };
  var query = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  var options = {
    untrustedSpec: true,
    downloadDefinitionUrl: "openapi.json",
    downloadFileName: "openapi.json",
    expandResponses: "200,201",
    jsonSampleExpandLevel: 3,
    hideLoading: false,
    // The request samples open on the SDK call (its body is the least a caller sends); the full
    // payload schema is beside it in the middle column.
    hideRequestPayloadSample: true,
  };

  function render() {
    var scheme = query?.matches ? "dark" : "light";
    var theme = scheme === "dark" ? dark : light;
    var html = document.documentElement;
    html.setAttribute("data-docs-ready", "false");
    html.setAttribute("data-docs-theme", scheme);
    var all = {};
    for (var key in options) all[key] = options[key];
    all.theme = Object.assign({}, shared, theme);
    Redoc.init(window.__API_SPEC__, all, root, (error) => {
      if (error) console.error("The API reference could not be rendered:", error);
      html.setAttribute("data-docs-ready", error ? "error" : "true");
      document.dispatchEvent(new CustomEvent("docs:rendered"));
    });
  }

  if (query) {
    if (query.addEventListener) query.addEventListener("change", render);
    else if (query.addListener) query.addListener(render);
  }
  render();
})();
