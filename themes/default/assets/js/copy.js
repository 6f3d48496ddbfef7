// Progressive enhancement: a button with data-copy="ID" copies the text of element ID.
// Without this script (or without clipboard access) the button stays hidden and the text can be
// selected and copied by hand.
(function () {
  "use strict";
  if (!navigator.clipboard || !window.isSecureContext) return;
  var buttons = document.querySelectorAll("button[data-copy]");
  Array.prototype.forEach.call(buttons, function (button) {
    var target = document.getElementById(button.getAttribute("data-copy"));
    if (!target) return;
    var status = button.parentNode.querySelector(".copy-status");
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(target.textContent.trim()).then(function () {
        if (!status) return;
        // Emptied first, so that a second copy is announced again.
        status.textContent = "";
        setTimeout(function () { status.textContent = button.getAttribute("data-done") || ""; }, 100);
      });
    });
  });
})();
