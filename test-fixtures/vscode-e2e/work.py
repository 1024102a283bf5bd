"""The CPU-bound half of the workspace that vscode-bridge/e2e opens in VS Code."""


def checksum(size: int) -> int:
    total = 0
    for value in range(size):
        total = (total * 31 + value) % 1_000_003
    return total
