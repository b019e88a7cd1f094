// Progressive enhancement only: every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var copy = document.querySelector("[data-copy-button]");
  var input = document.getElementById("link");
  var status = document.querySelector("[data-copy-status]");
  if (copy && input && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(input.value).then(function () {
        if (status) { status.textContent = copy.getAttribute("data-copied"); }
      }, function () { input.select(); });
    });
  }
  var share = document.querySelector("[data-share-button]");
  if (share && navigator.share) {
    share.closest("[data-share]").hidden = false;
    share.addEventListener("click", function () {
      navigator.share({ title: share.getAttribute("data-title"), url: share.getAttribute("data-url") })
        .catch(function () { /* the citizen closed the share sheet */ });
    });
  }
  var print = document.querySelector("[data-print-button]");
  if (print && window.print) {
    print.closest("[data-print]").hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
  var errors = document.getElementById("fejl");
  if (errors) { errors.focus(); }
});
