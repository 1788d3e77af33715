"""Schemathesis generates requests from the app's own OpenAPI schema: whatever a client
sends, the answer is never a server error."""

from __future__ import annotations

import warnings

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from web_fixtures import build_synthetic_db  # noqa: E402

from sahna.app import create_app  # noqa: E402

EXAMPLES = 30  # per operation: about 15 operations, well under a minute in all


def test_no_server_error_for_any_request(tmp_path_factory):
    db = build_synthetic_db(tmp_path_factory.mktemp("fuzz") / "fuzz.db")
    app = create_app(str(db), token="fuzz-token")  # the token also exposes POST
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures: list[str] = []
    calls: list[int] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    for operation in operations:

        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case) -> None:
            response = case.call()
            calls.append(response.status_code)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} {case.query}: "
                                f"{response.status_code} {response.text[:200]}")
            case.validate_response(response, checks=[not_a_server_error])

        try:
            check()
        except Exception as exc:  # collect every operation's failure, not just the first
            failures.append(f"{operation.method.upper()} {operation.path}: {exc}")
    assert not failures, "\n".join(failures)
    assert len(calls) >= 10 * len(operations)  # it really sent requests
    assert any(code >= 400 for code in calls) and any(code == 200 for code in calls)
