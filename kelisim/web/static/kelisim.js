// kelisim's one script: review actions sent to the JSON API with the analyst's token, and
// evidence lit up in the article text when a fact is pointed at. Pages work without it,
// read-only. No inline script anywhere (the Content-Security-Policy forbids it).
"use strict";
(function () {
  var KEY = "kelisim_token";

  function token() {
    try { return localStorage.getItem(KEY) || ""; } catch (e) { return ""; }
  }

  function setToken(value) {
    localStorage.setItem(KEY, value);
    // Reads may need the token too (reads=token); a page link cannot send a header, a cookie can.
    document.cookie = KEY + "=" + encodeURIComponent(value) + "; path=/; SameSite=Strict";
  }

  function clearToken() {
    localStorage.removeItem(KEY);
    document.cookie = KEY + "=; path=/; max-age=0; SameSite=Strict";
  }

  function say(el, text) {
    if (el) { el.textContent = text; el.classList.add("shown"); }
  }

  // A review form's fields as the API's JSON body: `field.X` inputs become {fields: {X: ...}},
  // sent only when changed from the value shown (data-was); other inputs are sent as they are.
  function bodyOf(form) {
    var data = {}, fields = {};
    form.querySelectorAll("input, select, textarea").forEach(function (el) {
      if (!el.name) { return; }
      var value = el.value.trim();
      if (el.name.indexOf("field.") === 0) {
        if (value === (el.dataset.was || "")) { return; }
        var name = el.name.slice(6);
        if (name === "sectors") { value = value ? value.split(/[,\s]+/).filter(Boolean) : []; }
        else if (name === "direct") { value = value === "true"; }
        else if (value === "") { value = null; }
        fields[name] = value;
      } else if (value !== "") {
        data[el.name] = value;
      }
    });
    if (form.dataset.method === "PATCH") { data.fields = fields; }
    return data;
  }

  function send(form, event) {
    event.preventDefault();
    var msg = form.querySelector(".msg");
    var t = token();
    if (!t) { say(msg, document.body.dataset.needToken); return; }
    var button = form.querySelector("button[type=submit]");
    if (button) { button.disabled = true; }
    fetch(form.dataset.api, {
      method: form.dataset.method || "POST",
      headers: { "Content-Type": "application/json", "Authorization": "Bearer " + t },
      body: JSON.stringify(bodyOf(form))
    }).then(function (r) {
      return r.json().then(function (j) { return { ok: r.ok, json: j }; });
    }).then(function (res) {
      if (res.ok) {
        if (res.json.url) { window.location.assign(res.json.url); } else { window.location.reload(); }
      } else {
        say(msg, res.json.error || "error");
        if (button) { button.disabled = false; }
      }
    }).catch(function (e) {
      say(msg, String(e));
      if (button) { button.disabled = false; }
    });
  }

  function lightEvidence() {
    document.querySelectorAll("[data-fact]").forEach(function (fact) {
      var id = fact.dataset.fact;
      var marks = function () {
        return document.querySelectorAll('mark[data-ev~="' + CSS.escape(id) + '"]');
      };
      var on = function () { marks().forEach(function (m) { m.classList.add("on"); }); };
      var off = function () { marks().forEach(function (m) { m.classList.remove("on"); }); };
      fact.addEventListener("mouseenter", on);
      fact.addEventListener("mouseleave", off);
      fact.addEventListener("focusin", on);
      fact.addEventListener("focusout", off);
    });
  }

  function tokenForm() {
    var form = document.getElementById("token-form");
    if (!form) { return; }
    var state = document.getElementById("token-state");
    var show = function () { state.textContent = token() ? state.dataset.set : state.dataset.none; };
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var value = form.elements.token.value.trim();
      if (value) { setToken(value); form.elements.token.value = ""; }
      show();
    });
    document.getElementById("token-clear").addEventListener("click", function () { clearToken(); show(); });
    show();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-api]").forEach(function (form) {
      form.addEventListener("submit", function (event) { send(form, event); });
    });
    lightEvidence();
    tokenForm();
  });
}());
