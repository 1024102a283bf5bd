# fixture: clean
