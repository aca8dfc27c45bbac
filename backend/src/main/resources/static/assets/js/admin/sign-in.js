// The sign-in page: an error is shown in the form's alert region, so screen readers announce it.

import { t } from "../i18n.js";
import { call, localise } from "./session.js";

const form = document.getElementById("sign-in");
const error = document.getElementById("sign-in-error");
let errorKey = null;

function showError(key, args) {
  errorKey = key;
  error.textContent = t(key, args);
  error.hidden = false;
}

localise(() => {
  if (errorKey) error.textContent = t(errorKey);
});

// Already signed in: straight to the workplace. This also sets the CSRF cookie for the form.
call("GET", "/api/v1/admin/session").then((r) => {
  if (r.ok) location.replace("/admin");
});

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  error.hidden = true;
  const email = form.email.value.trim();
  const password = form.password.value;
  if (!email || !password) {
    showError("staffMissing");
    (email ? form.password : form.email).focus();
    return;
  }
  let response;
  try {
    response = await call("POST", "/api/v1/admin/session", { email, password });
  } catch (e) {
    showError("staffUnreachable");
    return;
  }
  if (response.ok) {
    location.assign("/admin");
    return;
  }
  form.password.value = "";
  if (response.status === 429) showError("staffTooMany");
  else if (response.status === 403) showError("staffReload");
  else showError("staffRefused");
  form.password.focus();
});
