"""Monev rows end to end: realisations recorded through the service, then capaian, trend,
projection and every validity flag, with the numbers worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest
from followup_data import meeting
from monev_data import add_orgs, write_matrix

from rakor_desktop.domain.clock import clock_at
from rakor_desktop.services.monev.evaluation import evaluate, indicator_history
from rakor_desktop.services.monev.rpjmd_import import import_matrix
from rakor_desktop.services.monev.values import ValueRefused, record_value


@pytest.fixture
def monev_db(any_db, tmp_path):
    with any_db.session(write=True) as s:
        orgs = add_orgs(s)
        import_matrix(s, write_matrix(tmp_path / "iku.xlsx"))
        jan = meeting(s, date(2026, 1, 20), title="Rakor Januari")
        may = meeting(s, date(2026, 5, 20), title="Rakor Ekobang Mei")
        may.cluster = None
        ids = {k: o.id for k, o in orgs.items()}
        mids = {"jan": jan.id, "may": may.id}
    with clock_at(date(2026, 1, 10)), any_db.session(write=True) as s:
        record_value(s, mids["jan"], ids["Bappeda"], "IKU-01", "9,6", period="2025", source="BPS")
        record_value(
            s, mids["jan"], ids["Dinkes"], "IKU-02", "18,9", period="2025-Q4", source="SSGI"
        )
        record_value(s, mids["jan"], ids["Bappeda"], "IKU-03", "4,9", period="2025", source="BPS")
        for month, v in (("01", "2,8"), ("02", "2,9"), ("03", "3,1"), ("04", "3,1")):
            record_value(
                s,
                mids["jan"],
                ids["Disdagperin"],
                "IKU-04",
                v,
                period=f"2026-{month}",
                source="BPS",
            )
        record_value(
            s, mids["jan"], ids["Diskopukm"], "IKU-05", "1.300", period="2025-Q4", source="Data OPD"
        )
    with clock_at(date(2026, 5, 15)), any_db.session(write=True) as s:
        record_value(s, mids["may"], ids["Bappeda"], "IKU-01", "9,3", period="2026", source="BPS")
        record_value(s, mids["may"], ids["Dinsos"], "IKU-01", "10,2", period="2026", source="DTKS")
        record_value(s, mids["may"], ids["Dinkes"], "IKU-02", "18", period="2026-Q1")  # no source
        record_value(s, mids["may"], ids["Bappeda"], "IKU-03", "9,9", period="2026", source="BPS")
        record_value(
            s, mids["may"], ids["Disdagperin"], "IKU-04", "3,1", period="2026-05", source="BPS"
        )
    with clock_at(date(2026, 5, 20)), any_db.session(write=True) as s:  # the meeting day: late
        record_value(
            s, mids["may"], ids["Diskopukm"], "IKU-05", "-5", period="2026-Q1", source="OPD"
        )
    return any_db, mids, ids


def test_capaian_trend_projection_and_flags(monev_db) -> None:
    db, mids, _ids = monev_db
    with db.session() as s:
        report_ = evaluate(s, meeting_id=mids["may"])
    rows = {r.indicator.code: r for r in report_.rows}
    assert report_.year == 2026 and report_.cutoff == (2026, 5)

    poverty = rows["IKU-01"]  # lower is better: (2 x 9,1 - 9,3) / 9,1 = 97,80
    assert poverty.realization == 9.3 and poverty.result.pct == pytest.approx(97.80, abs=0.01)
    assert poverty.category.value == "sangat tinggi"
    assert poverty.trend == "turun" and poverty.good_trend is True
    assert [f.code for f in poverty.flags] == ["disagree"]  # Dinsos 10,2 is 9.7 % away
    assert "Dinsos 10,2" in poverty.flags[0].reason

    stunting = rows["IKU-02"]  # (34 - 18) / 17 = 94,12; one point in 2026 projects flat
    assert stunting.result.pct == pytest.approx(94.12, abs=0.01)
    assert stunting.projected == 18.0 and stunting.on_track is True
    assert [f.code for f in stunting.flags] == ["no_source"]

    growth = rows["IKU-03"]  # 9,9 / 5,2 = 190,38, after 4,9: a jump
    assert growth.result.pct == pytest.approx(190.38, abs=0.01) and growth.trend == "naik"
    assert [f.code for f in growth.flags] == ["jump"]

    inflation = rows["IKU-04"]  # inside 2,5-3,5 -> 100; April's 3,1 repeated in May
    assert inflation.result.pct == 100.0 and inflation.trend == "tetap"
    assert [f.code for f in inflation.flags] == ["repeated"]
    # 2,8 2,9 3,1 3,1 3,1 over months 1..5: mean 3,0 at month 3, slope Sxy/Sxx = 0,8/10,
    # so December is 3,0 + 0,08 x 9 = 3,72: above the range, (7 - 3,72) / 3,5 = 93,7 %.
    assert inflation.projected == pytest.approx(3.72, abs=0.001)
    assert inflation.on_track is True

    umkm = rows["IKU-05"]  # -5 units: below the valid minimum 0, reported on the day
    assert {f.code for f in umkm.flags} == {"range", "late", "jump"}
    assert umkm.result.pct == 0.0 and umkm.category.value == "sangat rendah"
    assert all(f.reason for f in umkm.flags)

    assert len(report_.flagged()) == 7
    out = poverty.as_json()
    assert {k: out[k] for k in ("code", "year", "target", "realization", "trend", "on_track", "flags")} == {
        "code": "IKU-01", "year": 2026, "target": 9.1, "realization": 9.3, "trend": "turun",
        "on_track": True, "flags": ["disagree"],
    }  # fmt: skip


def test_january_meeting_sees_only_what_was_known_then(monev_db) -> None:
    db, mids, _ids = monev_db
    with db.session() as s:
        rows = {r.indicator.code: r for r in evaluate(s, meeting_id=mids["jan"]).rows}
    assert rows["IKU-01"].realization is None  # only 2025's value existed
    assert rows["IKU-04"].realization == 2.8  # January's inflation, not May's
    assert rows["IKU-01"].result.reason == "Belum ada realisasi."


def test_history_for_the_chart(monev_db) -> None:
    db, _mids, _ids = monev_db
    with db.session() as s:
        from rakor_desktop.services.monev.catalogue import find_indicator

        iid = find_indicator(s, "IKU-04").id
        points = indicator_history(s, iid)
    assert [(p.period, p.value) for p in points] == [
        ("2026-01", 2.8), ("2026-02", 2.9), ("2026-03", 3.1), ("2026-04", 3.1), ("2026-05", 3.1)
    ]  # fmt: skip


def test_bad_values_are_refused(monev_db) -> None:
    db, mids, ids = monev_db
    with db.session(write=True) as s:
        with pytest.raises(ValueRefused, match="dapat dibaca dua cara"):
            record_value(s, mids["may"], ids["Bappeda"], "IKU-01", "1,250")
        with pytest.raises(ValueRefused, match="melebihi 100 %"):
            record_value(s, mids["may"], ids["Bappeda"], "IKU-01", "120")
        with pytest.raises(ValueRefused, match="bukan angka"):
            record_value(s, mids["may"], ids["Bappeda"], "IKU-01", "naik")
        with pytest.raises(ValueRefused, match="Periode"):
            record_value(s, mids["may"], ids["Bappeda"], "IKU-01", "9", period="Mei")


def test_free_text_report_values_link_to_the_catalogue(monev_db) -> None:
    from rakor_desktop.services.meetings.opd_reports import upsert_report
    from rakor_desktop.services.monev.values import uncatalogued_values

    db, mids, ids = monev_db
    with clock_at(date(2026, 5, 19)), db.session(write=True) as s:
        upsert_report(
            s, mids["may"], ids["Dinkes"],
            indicators="Prevalensi Stunting (%): 17,5%; Cakupan Imunisasi: 88%",
        )  # fmt: skip
    with db.session() as s:
        rows = {r.indicator.code: r for r in evaluate(s, meeting_id=mids["may"]).rows}
        loose = uncatalogued_values(s, mids["may"])
    # The typed value for 2026-Q1 (18) stays; the free text lands in Q2 (May) and is newer.
    assert rows["IKU-02"].realization == 17.5 and rows["IKU-02"].latest.period == "2026-Q2"
    assert [(u.label, u.raw_text) for u in loose] == [("Cakupan Imunisasi", "88%")]


def test_notulen_gets_the_monev_section(monev_db) -> None:
    from rakor_desktop.services.minutes.assemble import prepare_document
    from rakor_desktop.services.monev.report_data import notulen_lines

    db, mids, _ids = monev_db
    with db.session() as s:
        lines = notulen_lines(s, mids["may"])
        doc = prepare_document(s, mids["may"], "minutes")
    # Below 91 % or flagged: stunting (no source), growth (jump), inflation (repeated),
    # UMKM (range, late, jump); poverty is flagged (Dinsos disagrees). Nothing else.
    assert [line.split()[0] for line in lines] == ["IKU-01", "IKU-02", "IKU-03", "IKU-04", "IKU-05"]
    assert lines[0] == (
        "IKU-01 Angka Kemiskinan: 9,3 % (target 9,1), capaian 97,8 %; perlu verifikasi: "
        "OPD pendukung berbeda"
    )
    assert doc.meeting.monev == tuple(lines)
    import io

    from pypdf import PdfReader

    from rakor_desktop.documents.minutes import render_minutes

    text = "".join(
        p.extract_text()
        for p in PdfReader(io.BytesIO(render_minutes(doc.meeting, doc.office))).pages
    )
    assert "Capaian Indikator Kinerja (Monev)" in text and "Tanpa sumber data" in text
    with db.session() as s:
        # January: only inflation was known for 2026 (2,8, inside the range, with its
        # source, on time): nothing below target or doubtful, so no section.
        assert notulen_lines(s, mids["jan"]) == []


def test_directive_from_a_monev_row_keeps_its_indicator(monev_db) -> None:
    from followup_data import meeting, series
    from sqlmodel import select

    from rakor_desktop.domain.models import FollowUp, Meeting
    from rakor_desktop.services.followups.carry_over import carry_over_for_meeting
    from rakor_desktop.services.followups.query import FollowUpFilter, list_followups
    from rakor_desktop.services.monev.directives import raise_directive

    db, mids, ids = monev_db
    with db.session(write=True) as s:
        ser = series(s, "Rakor Ekobang")
        may = s.get(Meeting, mids["may"])
        may.series_id = ser.id
        s.add(may)
    with db.session(write=True) as s:
        _d, fu = raise_directive(s, mids["may"], "IKU-02", due_date=date(2026, 6, 30))
        assert fu.organization_id == ids["Dinkes"]  # the indicator's lead OPD
        assert fu.problem.startswith("Verifikasi data IKU-02 Prevalensi Stunting (18 %)")
        _d, fu2 = raise_directive(s, mids["may"], "IKU-01", text="Turunkan kemiskinan ekstrem")
        assert fu2.problem == "Turunkan kemiskinan ekstrem"
    with db.session() as s:
        rows = list_followups(s, FollowUpFilter(meeting_id=mids["may"]), sort="id")
        assert [r.indicator for r in rows] == ["IKU-02", "IKU-01"]
        assert rows[0].as_json("WIB")["indicator"] == "IKU-02"
        assert all(f.series_id is not None for f in s.exec(select(FollowUp)))
    # Next month's Rakor of the series carries both over, each with its indicator.
    with db.session(write=True) as s:
        june = meeting(s, date(2026, 6, 22), title="Rakor Ekobang Juni")
        june.series_id = s.get(Meeting, mids["may"]).series_id
        s.add(june)
        june_id = june.id
    with db.session() as s:
        carried = carry_over_for_meeting(s, june_id, zone="WIB")
    assert {r.indicator for r in carried} == {"IKU-01", "IKU-02"}


def test_dashboard_trend_colour_follows_the_declared_polarity(any_db) -> None:
    """ "Angka harapan hidup" has no keyword; "Kasus baru UMKM" has one ("kasus") that the
    guess would read as lower-is-better. The catalogue says otherwise, and wins."""
    from followup_data import org, report, series

    from rakor_desktop.domain.monev import Polarity
    from rakor_desktop.services.insight.trends import opd_trends
    from rakor_desktop.services.monev.catalogue import IndicatorSpec, save_indicator

    with any_db.session(write=True) as s:
        ser = series(s)
        dinkop = org(s, "Dinas Koperasi", "Dinkop")
        for day, value in ((date(2026, 4, 20), "100"), (date(2026, 5, 20), "120")):
            m = meeting(s, day, ser)
            report(s, m, dinkop, 50.0, 50.0, indicators={"Kasus baru UMKM binaan": value})
        save_indicator(
            s, IndicatorSpec(code="P-1", name="Kasus Baru UMKM Binaan", polarity=Polarity.HIGHER)
        )
    with any_db.session() as s:
        trend = opd_trends(s, series_id=ser.id)[0]
    change = trend.change("Kasus baru UMKM binaan")
    assert change.direction.value == "naik" and change.good is True
