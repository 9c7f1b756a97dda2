"""“What leaves this laptop”: the bundle ``build_bundle`` returns, shown in plain tables.

Nothing is recomputed here: every number is read from the bundle itself, so what is shown is
exactly what would be written to the shared folder. A withheld value is shown in words, never
as a number."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.network_labels import (
    network_programme_label,
    service_category_label,
    service_language_label,
    service_status_label,
)
from desktop.style import set_role
from desktop.widgets.list_page import EmptyState
from desktop.widgets.text_table import TextTable, month_label
from directory import cube
from directory.bundle import CUMULATIVE, Bundle
from directory.network import Network

translate = QCoreApplication.translate


def cube_columns() -> list[tuple[str, int]]:
    """(header, cube position) of the breakdown shown for people reached."""
    i = cube.index
    return [
        (translate("SharePreview", "People reached"), i("all", "all", "all", "all")),
        (translate("SharePreview", "Female"), i("female", "all", "all", "all")),
        (translate("SharePreview", "Male"), i("male", "all", "all", "all")),
        (translate("SharePreview", "Other sex"), i("other", "all", "all", "all")),
        (translate("SharePreview", "Age 0-17"), i("all", "0-17", "all", "all")),
        (translate("SharePreview", "Age 18-59"), i("all", "18-59", "all", "all")),
        (translate("SharePreview", "Age 60+"), i("all", "60+", "all", "all")),
        (translate("SharePreview", "New arrivals"), i("all", "all", "new_arrival", "all")),
        (
            translate("SharePreview", "Long-term migrants"),
            i("all", "all", "long_term_migrant", "all"),
        ),
        (translate("SharePreview", "Host community"), i("all", "all", "host_community", "all")),
        (
            translate("SharePreview", "With a disability"),
            i("all", "all", "all", "with_disability"),
        ),
    ]


def withheld_text(k: int) -> str:
    return translate("SharePreview", "withheld (fewer than {k})").format(k=k)


def count_text(value: int | None, k: int) -> str:
    return withheld_text(k) if value is None else f"{value:,}"


def period_text(period: str) -> str:
    if period == CUMULATIVE:
        return translate("SharePreview", "Whole period (unique)")
    return month_label(period)


def programme_names(network: Network | None) -> dict[str, str]:
    """The network's programmes by code, named in the reader's language."""
    if network is None:
        return {}
    return {p.code: network_programme_label(p.code, p.name) for p in network.programmes}


class BundlePreview(QWidget):
    """Tabs: organisation, services, people reached, sessions and referrals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.profile = QWidget(self)
        form = QFormLayout(self.profile)
        self.profile_labels = {
            key: QLabel(self.profile)
            for key in (
                "code",
                "name",
                "key",
                "revision",
                "created",
                "period",
                "k",
                "projects",
                "closed",
            )
        }
        titles = {
            "code": self.tr("CSO code"),
            "name": self.tr("Name"),
            "key": self.tr("Public key"),
            "revision": self.tr("Revision"),
            "created": self.tr("Created (UTC)"),
            "period": self.tr("Reporting period"),
            "k": self.tr("Small counts withheld"),
            "projects": self.tr("Participatory projects"),
            "closed": self.tr("Closed months"),
        }
        for key, label in self.profile_labels.items():
            label.setWordWrap(True)
            form.addRow(titles[key], label)
        self.services = TextTable(self)
        self.people = TextTable(self)
        self.other = TextTable(self)
        # The 5W rows (a network that lists areas): shown only when the bundle has them.
        self.where = TextTable(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.profile, self.tr("Organisation"))
        self.tabs.addTab(self.services, self.tr("Services"))
        self.tabs.addTab(self.people, self.tr("People reached"))
        self.tabs.addTab(self.other, self.tr("Sessions and referrals"))
        self.where_tab = self.tabs.addTab(self.where, self.tr("Where (5W)"))
        self.tabs.setTabVisible(self.where_tab, False)
        self.note = QLabel(
            self.tr(
                "Nothing else leaves this laptop: no names, codes, dates of birth or notes of "
                "any person. Counts below the threshold are withheld, and so are counts that "
                "would let someone work them out."
            ),
            self,
        )
        self.note.setWordWrap(True)
        set_role(self.note, "muted")
        # Who the figures leave out for want of consent to data use (counted on this laptop;
        # the numbers are not in the bundle).
        self.left_out = QLabel(self)
        self.left_out.setWordWrap(True)
        self.left_out.setObjectName("leftOut")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.left_out)
        # Nothing to preview (not joined yet, or an error): one sentence and the next step in
        # place of tabs of blank labels.
        self.empty = EmptyState(self)
        self.next_step = self.empty.next_step
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)

    def show_bundle(self, bundle: Bundle, network: Network) -> None:
        self.stack.setCurrentWidget(self.tabs)
        names = programme_names(network)
        self._show_summary(bundle)
        self._show_profile(bundle)
        self._show_services(bundle)
        self._show_people(bundle, names)
        self._show_other(bundle, names)
        self._show_where(bundle, network, names)

    def _show_summary(self, bundle: Bundle) -> None:
        self.summary.setText(
            self.tr(
                "Revision {revision}, built {created}: {services} services, {programmes} "
                "programmes with counts."
            ).format(
                revision=bundle.revision,
                created=bundle.created_at.replace("T", " ").rstrip("Z"),
                services=len(bundle.services),
                programmes=len(bundle.programmes),
            )
        )

    def _show_profile(self, bundle: Bundle) -> None:
        values = {
            "code": bundle.cso.code,
            "name": bundle.cso.name,
            "key": bundle.cso.public_key,
            "revision": str(bundle.revision),
            "created": bundle.created_at,
            "period": f"{month_label(bundle.period.start)} – {month_label(bundle.period.end)}",
            "k": self.tr("fewer than {k} people").format(k=bundle.suppression_threshold),
            "projects": str(bundle.participatory_projects),
            "closed": self._closed_text(bundle),
        }
        for key, label in self.profile_labels.items():
            label.setText(values[key])

    def _closed_text(self, bundle: Bundle) -> str:
        """Up to which month the figures are frozen, and the months reopened (corrections)."""
        text = (
            self.tr("none")
            if bundle.closed_through is None
            else self.tr("through {month}, as published").format(
                month=month_label(bundle.closed_through)
            )
        )
        if bundle.corrections:
            text += " " + self.tr("(corrected: {months})").format(
                months=", ".join(month_label(c.month) for c in bundle.corrections)
            )
        return text

    def _show_services(self, bundle: Bundle) -> None:
        self.services.show_rows(
            [
                self.tr("Service"),
                self.tr("Category"),
                self.tr("Languages"),
                self.tr("Area"),
                self.tr("Hours"),
                self.tr("Contact"),
                self.tr("Status"),
            ],
            [
                [
                    s.name,
                    service_category_label(s.category),
                    ", ".join(service_language_label(code) for code in s.languages),
                    s.area,
                    s.hours,
                    s.contact,
                    service_status_label(s.status),
                ]
                for s in bundle.services
            ],
        )

    def _show_people(self, bundle: Bundle, names: dict[str, str]) -> None:
        """People reached per programme, month by month and cumulative."""
        k = bundle.suppression_threshold
        columns = cube_columns()
        rows: list[list[str]] = []
        for p in bundle.programmes:
            name = names.get(p.programme, p.programme)
            tables: Sequence[tuple[str, list[int | None]]] = [
                (m.period, m.people) for m in p.months
            ] + [(CUMULATIVE, p.cumulative)]
            for period, people in tables:
                rows.append(
                    [name, period_text(period)] + [count_text(people[i], k) for _, i in columns]
                )
        self.people.show_rows(
            [self.tr("Programme"), self.tr("Month")] + [h for h, _ in columns],
            rows,
            numeric_from=2,
            muted=withheld_text(k),
        )

    def _show_other(self, bundle: Bundle, names: dict[str, str]) -> None:
        """Sessions held and referrals made."""
        k = bundle.suppression_threshold
        other: list[list[str]] = []
        for p in bundle.programmes:
            name = names.get(p.programme, p.programme)
            for s in p.sessions_held:
                other.append(
                    [name, period_text(s.period), self.tr("Sessions held"), count_text(s.count, k)]
                )
        for r in bundle.referrals:
            name = {"all": self.tr("All programmes"), "other": self.tr("Other")}.get(
                r.programme, names.get(r.programme, r.programme)
            )
            other.append(
                [name, period_text(r.period), self.tr("Referrals made"), count_text(r.count, k)]
            )
        self.other.show_rows(
            [self.tr("Programme"), self.tr("Month"), self.tr("Figure"), self.tr("Count")],
            other,
            numeric_from=3,
            muted=withheld_text(k),
        )

    def _show_where(self, bundle: Bundle, network: Network, names: dict[str, str]) -> None:
        """People reached per activity type, area and month (the 5W rows), by group."""
        self.tabs.setTabVisible(self.where_tab, bundle.five_w is not None)
        if bundle.five_w is None:
            self.where.setRowCount(0)
            return
        k = bundle.suppression_threshold
        activities = {a.code: a.name for a in bundle.five_w.activity_types}
        rows: list[list[str]] = []
        for r in bundle.five_w.rows:
            area = network.area(r.area) if r.area is not None else None
            place = area.name if area is not None else (r.area or self.tr("Not known"))
            *groups, everyone = r.people
            rows.append(
                [
                    names.get(r.programme, r.programme),
                    activities.get(r.activity, r.activity),
                    place,
                    period_text(r.period),
                    count_text(everyone, k),
                    *(count_text(v, k) for v in groups),
                ]
            )
        self.where.show_rows(
            [
                self.tr("Programme"),
                self.tr("Activity"),
                self.tr("Area"),
                self.tr("Month"),
                translate("SharePreview", "People reached"),
                translate("SharePreview", "New arrivals"),
                translate("SharePreview", "Long-term migrants"),
                translate("SharePreview", "Host community"),
            ],
            rows,
            numeric_from=4,
            muted=withheld_text(k),
        )

    def show_left_out(self, never: int, withdrawn: int) -> None:
        """How many people who took part in the period the figures leave out, and why."""
        if not never and not withdrawn:
            self.left_out.setText(
                self.tr("No one is left out: everyone counted agreed to the use of their data.")
            )
            return
        self.left_out.setText(
            "\n".join(
                (
                    self.tr("People left out, no consent to data use: {count}").format(count=never),
                    self.tr("People left out, withdrew consent to data use: {count}").format(
                        count=withdrawn
                    ),
                )
            )
        )

    def show_nothing(self, text: str, step: str = "") -> None:
        """No preview: ``text`` and a button ``step`` (``next_step`` when clicked)."""
        self.summary.clear()
        self.empty.show_message(text, step)
        self.stack.setCurrentWidget(self.empty)
        self.left_out.clear()
        for table in (self.services, self.people, self.other, self.where):
            table.setRowCount(0)
        for label in self.profile_labels.values():
            label.clear()
