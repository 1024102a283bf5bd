"""A fetcher base class that runs the hooks registered on it; subclasses fetch."""


class Fetcher:
    def __init__(self, options):
        self.options = options
        self._listeners = []

    def on_status(self, listener):
        self._listeners.append(listener)

    def _notify(self, status):
        for listener in self._listeners:
            listener(status)

    def fetch(self, name, info):
        if info.get("cached"):
            self._notify({"state": "done"})
            return True
        return self.really_fetch(name, info)

    def really_fetch(self, name, info):
        raise NotImplementedError
