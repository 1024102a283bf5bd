# fixture: clean
from .engine import run_all
