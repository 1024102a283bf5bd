"""Chooses one exporter from the settings: only one flush thread ever runs.

The sampler is set up differently: both of its starters run, one after the other, so two
threads run ``sample`` at once.
"""
from exporters.background import start_background, start_sampling
from exporters.periodic import start_periodic, start_sampling_timer


def configure(settings):
    if settings.get("mode") == "timer":
        start_periodic(settings.get("interval", 5.0))
    else:
        start_background()
    start_sampling()
    start_sampling_timer(1.0)
