from fetchers.base import Fetcher


class PlainFetcher(Fetcher):
    def really_fetch(self, name, info):
        self._notify({"state": "running"})
        return True
