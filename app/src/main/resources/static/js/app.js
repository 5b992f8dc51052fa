// The pages work without this file; it only adds what GOV.UK's patterns do with script.
document.addEventListener('DOMContentLoaded', function () {
  // a form that came back with errors: the error summary takes the focus, so it is read out first
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.focus();
  }
  // a link of the error summary focuses its field, not only scrolls to it
  document.querySelectorAll('.error-summary a[href^="#"]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      var target = document.getElementById(link.getAttribute('href').substring(1));
      if (target) {
        event.preventDefault();
        target.scrollIntoView({block: 'center'});
        target.focus();
      }
    });
  });
});
