"""The file that vscode-bridge/e2e opens in VS Code, expects findings in, edits and saves."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from work import checksum

with ThreadPoolExecutor(max_workers=4) as threads:
    print(list(threads.map(checksum, [50_000] * 4)))

processes = ProcessPoolExecutor()
