"""A static file server for the built site, on 127.0.0.1, in a thread.

The site is served at `base_path` ("/" or e.g. "/dti/"), as the portal would be
on its host: a request outside that prefix is a 404, exactly like a link that
forgot the sub-path would be in production.  Every 404 is recorded (path and
referring page) so that the check can report missing files the browser asked
for, besides the console errors they cause.
"""
import functools
import http.server
import os
import threading
import urllib.parse


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves files under `directory`, after removing the base path."""

    def __init__(self, *args, site_server=None, **kwargs):
        self.site_server = site_server
        super().__init__(*args, **kwargs)

    def _inside(self):
        """The request path relative to the base path, or None when outside it."""
        base = self.site_server.base_path
        raw = urllib.parse.urlsplit(self.path).path
        if raw.startswith(base):
            return "/" + raw[len(base):]
        return "/" if raw + "/" == base else None

    def send_head(self):
        if self._inside() is None:
            self.send_error(404, "outside the base path")
            return None
        return super().send_head()

    def translate_path(self, path):
        return super().translate_path(self._inside() or "/")

    def send_error(self, code, message=None, explain=None):
        if code == 404:
            self.site_server.record_missing(self.path, self.headers.get("Referer", ""))
        super().send_error(code, message, explain)

    def end_headers(self):
        # Every load must see the files as they are now (one server, many runs).
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format, *args):  # quiet: the report says what matters
        pass


class SiteServer:
    """Serves `site_dir` at http://127.0.0.1:PORT{base_path} until `close()`."""

    def __init__(self, site_dir, base_path="/"):
        if not base_path.startswith("/"):
            base_path = "/" + base_path
        if not base_path.endswith("/"):
            base_path += "/"
        self.base_path = base_path
        self.missing = []            # [(path, referer)] of every 404
        self._lock = threading.Lock()
        handler = functools.partial(_Handler, directory=os.fspath(site_dir), site_server=self)
        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    @property
    def origin(self):
        return "http://127.0.0.1:%d" % self._httpd.server_address[1]

    def url(self, page_path):
        """Absolute URL of a path given relative to the site root ("don-vi/")."""
        return self.origin + self.base_path + page_path.lstrip("/")

    def record_missing(self, path, referer):
        with self._lock:
            self.missing.append((path, referer))

    def close(self):
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)
