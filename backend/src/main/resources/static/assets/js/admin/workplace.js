// The workplace's landing page: who is signed in, and signing out. Without a session the server
// has already sent the browser to the sign-in page; a session that ends meanwhile does the same.

import { t } from "../i18n.js";
import { call, localise } from "./session.js";

const status = document.getElementById("status");
let session = null;

function render() {
  if (!session) return;
  document.getElementById("who-name").textContent = session.name;
  document.getElementById("who-email").textContent = session.email;
  document.getElementById("who-role").textContent = t("staffRole" + session.role);
  const scope = Object.entries(session.scope).map(([facet, codes]) => `${facet}: ${codes.join(", ")}`);
  document.getElementById("who-scope").textContent = scope.length ? scope.join("; ") : t("staffScopeAll");
  document.getElementById("who").hidden = false;
  document.getElementById("sign-out").hidden = false;
}

localise(render);

const response = await call("GET", "/api/v1/admin/session");
if (response.status === 401) {
  location.replace("/admin/sign-in");
} else if (response.ok) {
  session = await response.json();
  render();
} else {
  status.textContent = t("staffUnreachable");
}

document.getElementById("sign-out").addEventListener("click", async () => {
  const out = await call("DELETE", "/api/v1/admin/session");
  if (out.ok || out.status === 401) location.assign("/admin/sign-in");
  else status.textContent = t("staffUnreachable");
});
