"""What was said and decided: OPD reports, decisions, follow-ups and their history, notes, finalized minutes.

A part of the demo builder (``builder._Builder``); it reads and writes the builder's state.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from rakor_desktop.demo import data as D
from rakor_desktop.demo.plan import (
    BUDGET_CURVE,
    BUDGET_PLAN,
    ROMAN_QUARTER,
    _fmt,
    _MeetingPlan,
    _Org,
    _shift_month,
)
from rakor_desktop.demo.state import BuilderState
from rakor_desktop.domain.enums import (
    FollowUpStatus,
    OrgKind,
)
from rakor_desktop.domain.models import (
    Decision,
    FollowUp,
    FollowUpUpdate,
    Note,
    OpdReport,
    Organization,
)


class ContentMixin(BuilderState):
    def _reports_and_decisions(self) -> None:
        reports: list[OpdReport] = []
        last: dict[str, tuple[int, float, float]] = {}  # org -> (year, budget, physical)
        for plan in self.plans:
            if plan.kind not in ("rakor", "ekobang"):
                continue
            orgs = [
                (short, o)
                for short, o in self.orgs.items()
                if o.row.kind != OrgKind.BAGIAN and (plan.kind == "rakor" or o.row.asisten == "II")
            ]
            for short, org in orgs:
                report = self._report(plan, short, org, last)
                plan.reports[short] = report
                reports.append(report)
            plan.ctx = self._context(plan)
        self._store(reports)
        self.counts["laporan OPD"] = len(reports)

        decisions: list[Decision] = []
        followups: list[tuple[FollowUp, Decision]] = []
        for plan in self.plans:
            if plan.kind in ("rakor", "ekobang"):
                d, f = self._decisions(plan)
                decisions.extend(d)
                followups.extend(f)
        self._store(decisions)
        for fu, decision in followups:
            fu.decision_id = decision.id
        self._settle_statuses([fu for fu, _ in followups])
        self._store([fu for fu, _ in followups])
        self.counts["keputusan"] = len(decisions)
        self.counts["tindak lanjut"] = len(followups)

    def _report(
        self, plan: _MeetingPlan, short: str, org: _Org, last: dict[str, tuple[int, float, float]]
    ) -> OpdReport:
        rng = self.rng
        m = plan.day.month
        budget = BUDGET_CURVE[m - 1] * org.factor + rng.uniform(-2.5, 2.5)
        physical = budget + rng.uniform(2, 9)
        prev = last.get(short)
        if prev and prev[0] == plan.day.year:  # cumulative within a fiscal year
            budget = max(budget, prev[1] + rng.uniform(0.3, 1.5))
            physical = max(physical, prev[2] + rng.uniform(0.3, 1.5))
        budget = round(min(max(budget, 0.5), 99.5), 2)
        physical = round(min(max(physical, budget), 100.0), 2)
        last[short] = (plan.day.year, budget, physical)
        field_ = org.spec_field
        obstacles = ""
        if org.lagging or rng.random() < 0.5:
            obstacles = rng.choice(D.OBSTACLES.get(field_, D.OBSTACLES["general"]))
        innovation = ""
        if field_ in D.INNOVATIONS and rng.random() < 0.35:
            innovation = rng.choice(D.INNOVATIONS[field_])
        row = OpdReport(
            meeting_id=plan.row.id or 0,
            organization_id=org.row.id or 0,
            budget_pct=budget,
            physical_pct=physical,
            indicators=json.dumps(
                self._indicators(short, field_, plan.day, budget), ensure_ascii=False
            ),
            obstacles=obstacles,
            innovation=innovation,
        )
        row.created_at = row.updated_at = self._at(plan.day - timedelta(days=3), 15)
        return row

    def _indicators(self, short: str, field_: str, day: date, budget: float) -> dict[str, str]:
        rng = self.rng
        progress = max(0, (day - (self.today - timedelta(days=330))).days) / 330
        if short == "Dinkes":
            return {
                "Prevalensi stunting (%)": _fmt(18.6 - 2.4 * progress + rng.uniform(-0.2, 0.2)),
                "Cakupan imunisasi dasar lengkap (%)": _fmt(84 + 9 * progress),
            }
        if short in ("Dinsos", "DPPKBP3A"):
            return {
                "IKU kemiskinan (%)": _fmt(14.9 - 0.7 * progress),
                "Bansos tersalurkan tepat sasaran (%)": _fmt(88 + 8 * progress),
            }
        if short == "Bapenda":
            return {
                "Realisasi PAD (Rp miliar)": _fmt(412 * budget / 100 * 1.05),
                "Capaian target PAD (%)": _fmt(budget * 1.05),
            }
        if short == "BKD":
            return {"Realisasi belanja daerah (%)": _fmt(budget)}
        if short == "DPUPR":
            return {"Jalan kabupaten kondisi mantap (%)": _fmt(68 + 5 * progress)}
        if short == "Distan":
            return {"Produksi padi (ribu ton GKG)": _fmt(45 + 290 * progress)}
        if short == "Disdukcapil":
            return {"Perekaman KTP-el (%)": _fmt(97.1 + 1.8 * progress, 2)}
        if short == "Dindikbud":
            return {
                "Angka partisipasi sekolah SMP (%)": _fmt(91 + 2 * progress),
                "Anak tidak sekolah (jiwa)": str(int(2400 - 900 * progress)),
            }
        if field_ == "kecamatan":
            return {
                "Realisasi PBB-P2 (%)": _fmt(min(100.0, budget * rng.uniform(0.9, 1.3))),
                "Desa lapor APBDes tepat waktu": f"{rng.randint(7, 14)} desa",
            }
        return {
            "Capaian IKU (%)": _fmt(min(100.0, 60 + 35 * progress + rng.uniform(-5, 5))),
            "Indeks kepuasan masyarakat": _fmt(rng.uniform(78, 89), 2),
        }

    def _context(self, plan: _MeetingPlan) -> dict[str, object]:
        """Figures the note and decision templates quote, taken from the month's reports."""
        rng = self.rng
        m = plan.day.month
        ranked = sorted(plan.reports.items(), key=lambda kv: kv[1].budget_pct or 0)
        lags = [self.orgs[s].row for s, _ in ranked[:3]]
        best_short, best = ranked[-1]
        budget = sum(r.budget_pct or 0 for r in plan.reports.values()) / len(plan.reports)
        target = BUDGET_PLAN[m - 1]
        on = sum(1 for r in plan.reports.values() if (r.budget_pct or 0) >= target * 0.85)
        previous = [p for p in self.plans if p.kind == plan.kind and p.day < plan.day and p.reports]
        up, delta = self.orgs[best_short].row.short_name, rng.uniform(3, 9)
        if previous:
            prev = previous[-1].reports
            gains = sorted(
                ((r.budget_pct or 0) - (prev[s].budget_pct or 0), s)
                for s, r in plan.reports.items()
                if s in prev
            )
            delta, up = gains[-1][0], self.orgs[gains[-1][1]].row.short_name
        stunting = (
            json.loads(plan.reports["Dinkes"].indicators)["Prevalensi stunting (%)"]
            if "Dinkes" in plan.reports
            else _fmt(17.0)
        )
        innovators = [s for s, r in plan.reports.items() if r.innovation]
        innov_short = rng.choice(innovators) if innovators else next(iter(plan.reports))
        progress = min(1.0, max(0.0, m / 12))
        kec = rng.sample(D.KECAMATAN, 2)
        next_y, next_m = _shift_month(plan.day.year, m, 1)
        return {
            "month": D.MONTHS[m - 1],
            "next_month": D.MONTHS[next_m - 1],
            "year": plan.day.year,
            "focus": D.FOCUS[m],
            "quarter": ROMAN_QUARTER[m],
            "best": self.orgs[best_short].row.name,
            "best_pct": _fmt(best.budget_pct or 0),
            "on": on,
            "total": len(plan.reports),
            "budget": _fmt(budget),
            "target": target,
            "lags": ", ".join(
                f"{o.short_name} ({_fmt(plan.reports[o.short_name].physical_pct or 0)}%)"
                for o in lags
            ),
            "lags_budget": ", ".join(
                f"{o.short_name} ({_fmt(plan.reports[o.short_name].budget_pct or 0)}%)"
                for o in lags
            ),
            "lag_orgs": lags,
            "up": up,
            "delta": _fmt(delta),
            "ikm": _fmt(rng.uniform(82, 88), 2),
            "stunting": stunting,
            "lokus": rng.randint(20, 35),
            "kk": f"{rng.randint(1800, 4200):,}".replace(",", "."),
            "km": _fmt(42 * progress * rng.uniform(0.7, 1.0)),
            "rtlh": int(650 * progress * rng.uniform(0.8, 1.0)),
            "widuri": _fmt(min(100.0, 100 * progress * rng.uniform(0.7, 1.0))),
            "pad": _fmt(412 * budget / 100 * 1.05),
            "pad_pct": _fmt(budget * 1.05),
            "pbb": _fmt(min(99.0, budget * 1.1)),
            "resto": _fmt(rng.uniform(8, 18)),
            "hill": rng.choice(D.HILLS),
            "coast": rng.choice(D.COASTAL),
            "desa": rng.randint(6, 25),
            "kec": kec[0],
            "kec2": kec[1],
            "innov_who": getattr(self.orgs[innov_short].head, "jabatan", innov_short),
            "innov": plan.reports[innov_short].innovation or "Layanan pengaduan daring",
            "road": rng.choice(D.ROADS),
            "n_prog": rng.randint(9, 24),
        }

    def _decisions(
        self, plan: _MeetingPlan
    ) -> tuple[list[Decision], list[tuple[FollowUp, Decision]]]:
        rng = self.rng
        ctx = plan.ctx
        items = {idx: item for item, idx in plan.agenda if idx is not None}
        ekobang = plan.kind == "ekobang"
        keputusan = (
            D.EKOBANG_KEPUTUSAN if ekobang else rng.sample(D.KEPUTUSAN[:4], 2) + [D.KEPUTUSAN[4]]
        )
        if ekobang:
            arahan = list(D.EKOBANG_ARAHAN)
        else:
            # A fixed-OPD directive is not given again while last months' copy may still
            # be open: the carry-over list would show the same line twice.
            fresh = [
                a
                for a in D.ARAHAN
                if a[2].startswith("@")
                or not any(a[0] in recent for recent in self.recent_arahan[-2:])
            ]
            arahan = rng.sample(fresh, rng.randint(5, 7))
            self.recent_arahan.append({a[0] for a in arahan})
        lag_orgs: list[Organization] = list(ctx["lag_orgs"])
        decisions: list[Decision] = []
        followups: list[tuple[FollowUp, Decision]] = []
        stamp = plan.row.closed_at or plan.row.starts_at

        def decision(kind: str, text: str, tpl_index: int | None) -> Decision:
            item = items.get(tpl_index) if tpl_index is not None else None
            row = Decision(
                meeting_id=plan.row.id or 0,
                agenda_item_id=item.id if item else None,
                kind=kind,
                text=text,
                position=len(decisions),
            )
            row.created_at = row.updated_at = stamp
            decisions.append(row)
            return row

        for kind, text, idx in keputusan:
            decision(kind, text.format(**ctx), idx)
        for problem, action, target, days, idx in arahan:
            org = self._target_org(target, lag_orgs)
            values = dict(
                ctx,
                org=org.row.short_name,
                budget=_fmt(plan.reports[org.row.short_name].budget_pct or 0)
                if org.row.short_name in plan.reports
                else ctx["budget"],
                phys=_fmt(plan.reports[org.row.short_name].physical_pct or 0)
                if org.row.short_name in plan.reports
                else ctx["budget"],
                kec=org.row.name.removeprefix("Kecamatan "),
            )
            problem_text = problem.format(**values)
            action_text = action.format(**values)
            who = org.head.jabatan if org.head else org.row.name
            text = (
                f"{problem_text}; {who} diminta menindaklanjuti: "
                f"{action_text[0].lower()}{action_text[1:]}."
            )
            row = decision("arahan", text, idx)
            fu = FollowUp(
                meeting_id=plan.row.id or 0,
                series_id=plan.row.series_id,
                organization_id=org.row.id,
                pic_id=org.head.id if org.head else None,
                problem=problem_text,
                action=action_text,
                due_date=plan.day + timedelta(days=days + rng.choice((0, 0, 7, 14))),
            )
            fu.created_at = fu.updated_at = stamp
            plan.followups.append(fu)
            followups.append((fu, row))
        return decisions, followups

    def _target_org(self, target: str, lag_orgs: list[Organization]) -> _Org:
        if target == "@lag":
            lag = self.rng.choice(lag_orgs)
            return next(o for o in self.orgs.values() if o.row is lag)
        if target == "@kec":
            return self.orgs[f"Kec. {self.rng.choice(D.KECAMATAN)}"]
        if target == "@coast":
            return self.orgs[f"Kec. {self.rng.choice(D.COASTAL)}"]
        if target == "@hill":
            return self.orgs[f"Kec. {self.rng.choice(D.HILLS)}"]
        return self.orgs[target]

    # ---------------------------------------------------------------- follow-up states
    def _settle_statuses(self, followups: list[FollowUp]) -> None:
        """Give every follow-up a status that fits its due date, then make sure each state
        the screens distinguish (including derived "terlambat") occurs at least once."""
        rng = self.rng
        for fu in followups:
            assert fu.due_date is not None
            if fu.due_date >= self.today:
                fu.status = rng.choices(
                    (FollowUpStatus.BELUM, FollowUpStatus.DALAM_PROSES, FollowUpStatus.SELESAI),
                    (40, 45, 15),
                )[0]
            else:
                fu.status = rng.choices(
                    (
                        FollowUpStatus.SELESAI,
                        FollowUpStatus.DALAM_PROSES,
                        FollowUpStatus.BELUM,
                        FollowUpStatus.DIBATALKAN,
                    ),
                    (76, 10, 6, 8),
                )[0]
        latest = max(p.day for p in self.plans if p.followups)
        recent = [fu for p in self.plans if p.day == latest for fu in p.followups]
        older = [fu for fu in followups if fu not in recent]

        forced: list[FollowUp] = []

        def has(status: FollowUpStatus, late: bool | None = None) -> bool:
            return any(
                fu.status == status
                and (late is None or (fu.due_date is not None and fu.due_date < self.today) == late)
                for fu in followups
            )

        def force(pool: list[FollowUp], status: FollowUpStatus) -> FollowUp:
            fu = next(f for f in pool if f not in forced and f.status != status)
            fu.status = status
            forced.append(fu)
            return fu

        for status in (FollowUpStatus.SELESAI, FollowUpStatus.DIBATALKAN):
            if not has(status):
                force(older, status)
        for status in (FollowUpStatus.BELUM, FollowUpStatus.DALAM_PROSES):
            if not has(status, late=True):
                late = [f for f in older if f.due_date is not None and f.due_date < self.today]
                force(late, status)
            if not has(status, late=False):
                fu = force(recent, status)
                fu.due_date = max(fu.due_date or self.today, self.today + timedelta(days=10))

    def _followup_history(self) -> None:
        rng = self.rng
        updates: list[FollowUpUpdate] = []
        for plan in self.plans:
            later = [
                p
                for p in self.plans
                if p.row.series_id == plan.row.series_id
                and p.day > plan.day
                and p.kind in ("rakor", "ekobang")
            ]
            for fu in plan.followups:
                start = (plan.row.closed_at or plan.row.starts_at) + timedelta(hours=2)
                due_end = self._at(fu.due_date or self.today, 16)
                status = FollowUpStatus(fu.status)
                if status == FollowUpStatus.BELUM:
                    continue
                steps = rng.randint(1, 3)
                percent = 0
                moments = sorted(
                    self._between(start, due_end + timedelta(days=10)) for _ in range(steps)
                )
                # One report is typically given at the next meeting of the series.
                if (
                    later
                    and later[0].day < self.today
                    and later[0].day <= (fu.due_date or self.today)
                ):
                    moments[-1 if steps == 1 else 0] = self._at(later[0].day, 10, 30)
                    moments.sort()
                for i, at in enumerate(moments):
                    final = i == len(moments) - 1
                    if final and status == FollowUpStatus.SELESAI:
                        percent, new_status = 100, FollowUpStatus.SELESAI
                        note = rng.choice(D.DONE_NOTES)
                    elif final and status == FollowUpStatus.DIBATALKAN:
                        new_status, note = FollowUpStatus.DIBATALKAN, rng.choice(D.CANCEL_NOTES)
                    else:
                        percent = min(90, percent + rng.choice((10, 20, 25, 30)))
                        new_status = FollowUpStatus.DALAM_PROSES
                        note = rng.choice(D.UPDATE_NOTES).format(n=rng.randint(20, 180))
                    meeting = next((p for p in later if self._at(p.day, 10, 30) == at), None)
                    row = FollowUpUpdate(
                        follow_up_id=fu.id or 0,
                        meeting_id=meeting.row.id if meeting else None,
                        at=at,
                        status=new_status,
                        percent=percent,
                        note=note,
                    )
                    row.created_at = row.updated_at = at
                    updates.append(row)
                fu.percent = percent
                fu.updated_at = moments[-1]
                if status == FollowUpStatus.SELESAI:
                    fu.completed_at = moments[-1]
                    fu.remark = "Selesai"
                elif status == FollowUpStatus.DIBATALKAN:
                    fu.remark = updates[-1].note
        self._store(updates)
        self.counts["riwayat tindak lanjut"] = len(updates)

    # ---------------------------------------------------------------- finalized minutes
    def _finalize(self) -> None:
        """Freeze the minutes of older meetings through the real finalize service, so a
        "finalized" demo meeting has the revision, hash and verification code that the
        Notulen PDF and ``verify`` expect. The chair signs a day or two after the meeting."""
        from rakor_desktop.services.minutes.finalize import finalize_meeting

        self.s.flush()
        done = 0
        for plan in self.plans:
            if not plan.finalize:
                continue
            closed = plan.row.closed_at or plan.row.starts_at
            signed = closed + timedelta(days=self.rng.randint(1, 2), hours=self.rng.randint(1, 4))
            notulis = next(p for p in self.people if p.id == plan.row.notulis_id)
            finalize_meeting(
                self.s, plan.row.id or 0, actor=notulis.full_name, now=min(signed, self.history_end)
            )
            done += 1
        self.counts["notulen final"] = done

    # ---------------------------------------------------------------- notes
    def _notes(self) -> None:
        notes: list[Note] = []
        pools = ("open", "eval", "priority", "budget", "obstacles", "discussion")
        for plan in self.plans:
            if plan.kind not in ("rakor", "ekobang"):
                continue
            for item, idx in plan.agenda:
                if idx is None:
                    lines = self._carry_over_lines(plan)
                elif plan.kind == "ekobang":
                    lines = [t.format(**plan.ctx) for t in D.EKOBANG_NOTES[idx]]
                else:
                    pool = D.NOTES[pools[idx]]
                    picks = sorted(self.rng.sample(range(len(pool)), self.rng.randint(2, 5)))
                    lines = [pool[i].format(**plan.ctx) for i in picks]
                note = Note(
                    meeting_id=plan.row.id or 0,
                    agenda_item_id=item.id,
                    body="\n".join(f"- {line}" for line in lines),
                    position=0,
                )
                note.created_at = note.updated_at = item.actual_end or plan.row.starts_at
                notes.append(note)
        self._store(notes)
        self.counts["catatan"] = len(notes)

    def _carry_over_lines(self, plan: _MeetingPlan) -> list[str]:
        """What the chair heard about last month's directives, as of this meeting's start."""
        previous = [
            p
            for p in self.plans
            if p.row.series_id == plan.row.series_id and p.day < plan.day and p.followups
        ]
        if not previous:
            return ["Belum ada tindak lanjut dari rapat sebelumnya."]
        prev = previous[-1]
        end = plan.row.ends_at or plan.row.starts_at  # reports given at this meeting count
        done = sum(1 for fu in prev.followups if fu.completed_at and fu.completed_at <= end)
        cancelled = sum(1 for fu in prev.followups if fu.status == FollowUpStatus.DIBATALKAN)
        total = len(prev.followups)
        late = sum(
            1
            for fu in prev.followups
            if not (fu.completed_at and fu.completed_at <= end)
            and fu.due_date is not None
            and fu.due_date < plan.day
            and fu.status != FollowUpStatus.DIBATALKAN
        )
        summary = f"Dari {total} tindak lanjut {prev.row.title}, {done} telah selesai"
        if cancelled:
            summary += f", {cancelled} dibatalkan"
        lines = [f"{summary} dan {total - done - cancelled} masih berjalan."]
        if late:
            lines.append(
                f"{late} tindak lanjut melewati batas waktu; OPD penanggung jawab "
                "diminta melaporkan kendalanya secara tertulis."
            )
        lines.append("Sekda meminta bukti dukung diunggah sebelum rakor berikutnya.")
        return lines
