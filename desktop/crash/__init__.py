"""What happens when Saphan hits a bug: a crash report without person data, a log file, and a
dialog in the user's language.

- :mod:`desktop.crash.report` turns an exception into a report: time, versions, the exception's
  type and its traceback's frames (file, line, function, source line). Never the exception's
  message, never local variables: either can quote a person's name.
- :mod:`desktop.crash.logs` finds the log folder and writes a rotating log file there, with
  tracebacks reduced the same way.
- :mod:`desktop.crash.hook` is installed first thing at start-up (``sys.excepthook`` and
  ``threading.excepthook``): it writes the report, then hands it to a presenter, by default one
  line on stderr (the command line).
- :mod:`desktop.crash.dialog` (the only part that imports Qt) is the presenter once a
  QApplication exists: one dialog however many errors come at once.

Importing this package (and ``hook``, ``logs``, ``report``) never imports Qt, so the headless
commands stay fast and Qt-free.
"""
