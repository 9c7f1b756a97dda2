"""The store is read from many threads at once (the app's pool of worker threads: the
dashboard's counts, the share page's preview, a publish). SQLAlchemy's default pool for this
dialect kept one connection per thread and closed other threads' connections, in use, once
more than five threads had used it: the app crashed now and then."""

from __future__ import annotations

import threading

from sqlalchemy import text
from sqlalchemy.pool import SingletonThreadPool

from db.store import Store


def test_many_threads_read_at_once_without_closing_each_others_connections(store: Store) -> None:
    assert not isinstance(store.engine.pool, SingletonThreadPool)
    errors: list[BaseException] = []
    start = threading.Barrier(12)

    def read() -> None:
        try:
            start.wait()
            for _ in range(20):
                with store.read() as session:
                    assert session.execute(text("SELECT count(*) FROM users")).scalar_one() == 1
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
