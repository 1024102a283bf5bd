def fit(box, size):
    width, height = size
    scale = min(box / width, box / height, 1.0)
    return round(width * scale), round(height * scale)


def fit_all(sizes, box=256):
    return [fit(box, s) for s in sizes]


def fit_all_fresh(sizes, box=256):
    return fit_all(sizes, box)
