"""Prints the thumbnail size of each photo size given as WIDTHxHEIGHT."""
import sys

from thumbs import fit_all_fresh


def parse(arg):
    width, _, height = arg.partition("x")
    return int(width), int(height)


SIZES = [parse(a) for a in sys.argv[1:]] or [(4032, 3024), (1920, 1080)]
THUMBS = fit_all_fresh(SIZES)

if __name__ == "__main__":
    for size, thumb in zip(SIZES, THUMBS):
        print(f"{size[0]}x{size[1]} -> {thumb[0]}x{thumb[1]}")
