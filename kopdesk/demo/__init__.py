"""The demo book ("buku contoh"): a small KSP's last two years and this year, built
through the services day by day, for trying kopdesk out before entering real data.

Its own package above the services (it only calls them), so that no feature
depends on it.
"""

from kopdesk.demo.book import (
    DEMO_MEMBERS,
    DEMO_PASSWORD,
    DEMO_PROFILE,
    DEMO_USERS,
    DemoSummary,
    build_demo,
)

__all__ = [
    "DEMO_MEMBERS",
    "DEMO_PASSWORD",
    "DEMO_PROFILE",
    "DEMO_USERS",
    "DemoSummary",
    "build_demo",
]
