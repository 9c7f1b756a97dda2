"""Run as a separate process by test_crash: writes batches of people until it is killed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from db import beneficiaries, setup
from db.models import Beneficiary
from db.validation import effective_birth_date
from tests.db.people import person

BATCH = 50


def main() -> None:
    db_path = Path(sys.argv[1])
    store = setup.open_with_key(db_path, bytes.fromhex(os.environ["SAPHAN_TEST_KEY"]), "admin")
    batch = 0
    while True:
        with store.write() as session:
            for i in range(BATCH):
                p = person(f"Crash Person {batch:05d}-{i:02d}")
                code = f"CRASH-{batch:05d}-{i:02d}"
                session.add(
                    Beneficiary(
                        code=code,
                        name_latin=p.name_latin,
                        sex=p.sex.value,
                        birth_date=effective_birth_date(p),
                        population_group=p.population_group.value,
                        consent_date=p.consent_date,
                        search_text=beneficiaries.search_text_for(code, p.name_latin, "", ""),
                    )
                )
            store.audit(session, "bulk_create", "batch", batch)
        print(batch, flush=True)  # only after the commit returned
        batch += 1


if __name__ == "__main__":
    main()
