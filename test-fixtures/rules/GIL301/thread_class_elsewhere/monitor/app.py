"""Starts one pinger per host: the pingers run at once."""
from monitor.threads import Pinger


def ping_all(hosts):
    for host in hosts:
        Pinger(host).start()
