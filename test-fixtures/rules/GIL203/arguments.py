"""Workers that change an object the parent passed them: each changed its own unpickled copy.

``summarize_all`` maps ``summarize`` over chunk objects and then reads each chunk's ``summary``;
``embed_batches`` hands whole batches to ``embed_batch``, which sets ``vector`` on every node of
its batch; ``run_job`` submits one job and reads the log the worker appended to; ``grade``
starts a process on a submission and reads its score after ``join()``.
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


class Chunk:
    def __init__(self, text):
        self.text = text
        self.summary = None
        self.vector = None


def summarize(chunk):
    chunk.summary = chunk.text[:40]  # expect: GIL203 {{`chunk.summary = chunk.text[:40]` writes `summary` of its copy of an element of `chunks` in a worker process (`summarize` via `ProcessPoolExecutor.map` on line 25); `summarize_all` reads `c.summary` on line 26 and never sees the write.}}


def summarize_all(chunks):
    with ProcessPoolExecutor() as pool:
        list(pool.map(summarize, chunks))
    return [c.summary for c in chunks]


def embed_batch(batch, model):
    for node in batch:
        node.vector = [len(node.text)]  # expect: GIL203 {{`node.vector = [len(node.text)]` writes `vector` of its copy of an element of `nodes` in a worker process (`embed_batch` via `ProcessPoolExecutor.submit` on line 36); `embed_batches` reads `n.vector` on line 38 and never sees the write.}}


def embed_batches(nodes, model):
    with ProcessPoolExecutor() as pool:
        pool.submit(embed_batch, nodes, model).result()
    for n in nodes:
        if n.vector is None:
            raise ValueError(n.text)


class Job:
    def __init__(self, name):
        self.name = name
        self.log = []


def execute(job):
    job.log.append("started " + job.name)  # expect: GIL203 {{`job.log.append("started " + job.name)` writes `log` of its copy of `job` in a worker process (`execute` via `ProcessPoolExecutor.submit` on line 55); `run_job` reads `job.log` on line 56 and never sees the write.}}


def run_job(name):
    job = Job(name)
    with ProcessPoolExecutor(max_workers=1) as pool:
        pool.submit(execute, job).result()
    return job.log


class Submission:
    score = 0


def score(submission):
    submission.score = 10  # expect: GIL203 {{`submission.score = 10` writes `score` of its copy of `sub` in a worker process (`score` via `Process(target=...)` on line 69); `grade` reads `sub.score` on line 72 and never sees the write.}}


def grade():
    sub = Submission()
    p = multiprocessing.Process(target=score, args=(sub,))
    p.start()
    p.join()
    return sub.score


class Labeler:
    @staticmethod
    def label(job):
        job.name = job.name.title()  # expect: GIL203 {{`job.name = job.name.title()` writes `name` of its copy of `job` in a worker process (`Labeler.label` via `ProcessPoolExecutor.submit` on line 83); `label_job` reads `job.name` on line 84 and never sees the write.}}


def label_job(job):
    with ProcessPoolExecutor(max_workers=1) as pool:
        pool.submit(Labeler.label, job).result()
    return job.name
