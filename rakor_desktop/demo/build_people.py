"""Organisations, their staff slots and the people who fill them (names, pangkat, NIPs).

A part of the demo builder (``builder._Builder``); it reads and writes the builder's state.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from rakor_desktop.demo import data as D
from rakor_desktop.demo.plan import (
    _Org,
    _Slot,
)
from rakor_desktop.demo.state import BuilderState
from rakor_desktop.domain.enums import (
    OrgKind,
)
from rakor_desktop.domain.models import (
    Organization,
    Person,
)
from rakor_desktop.domain.names import name_key


def office_email(short: str) -> str:
    """A plausible office address: "Dinkes" -> dinkes@pemalangkab.go.id (issue 21)."""
    slug = re.sub(r"[^a-z0-9]+", ".", short.lower()).strip(".")
    return f"{slug}@{D.MAIL_DOMAIN}"


class OrganisationsMixin(BuilderState):
    def _organizations(self) -> None:
        setda = Organization(
            name=D.SETDA.name, short_name=D.SETDA.short, kind=D.SETDA.kind,
            email=office_email(D.SETDA.short),
        )  # fmt: skip
        self._store([setda])
        self.orgs[D.SETDA.short] = _Org(setda, D.SETDA.field)
        rows: list[Organization] = []
        for spec in D.BAGIAN + D.OPD:
            row = Organization(
                name=spec.name,
                short_name=spec.short,
                kind=spec.kind,
                asisten=spec.asisten,
                parent_id=setda.id if spec.kind == OrgKind.BAGIAN else None,
                email=office_email(spec.short),
            )
            rows.append(row)
            self.orgs[spec.short] = _Org(row, spec.field)
        for kec in D.KECAMATAN:
            row = Organization(
                name=f"Kecamatan {kec}",
                short_name=f"Kec. {kec}",
                kind=OrgKind.KECAMATAN,
                asisten="I",
                email=office_email(f"Kecamatan {kec}"),
            )
            rows.append(row)
            self.orgs[f"Kec. {kec}"] = _Org(row, "kecamatan")
        self._store(rows)
        for short in D.LAGGARDS:
            self.orgs[short].lagging = True
        for org in self.orgs.values():
            org.factor = (
                self.rng.uniform(0.62, 0.76) if org.lagging else self.rng.uniform(0.9, 1.07)
            )

    def _plan_slots(self) -> None:
        add = self.slots.append
        add(_Slot(None, D.BUPATI[1], "top", "gov", name=D.BUPATI[0], gender="L", kind="none"))
        add(
            _Slot(
                None,
                D.WAKIL_BUPATI[1],
                "top",
                "gov",
                name=D.WAKIL_BUPATI[0],
                gender="L",
                kind="none",
            )
        )
        add(_Slot("Setda", D.SETDA.head or "", "sekda", "gov", head=True, name=D.SEKDA, gender="L"))
        for line, jabatan in D.ASISTEN.items():
            name = D.ASISTEN_NAMES[line]
            add(
                _Slot(
                    "Setda",
                    jabatan,
                    "eselon2",
                    "gov",
                    name=name,
                    gender="P" if name.startswith("Dra.") else "L",
                )
            )
        add(_Slot("Setda", D.SETDA.staff_titles[0], "staff", "general"))
        for spec in D.BAGIAN + D.OPD:
            eselon3 = spec.kind == OrgKind.BAGIAN
            head = spec.head or f"Kepala {spec.name}"
            add(
                _Slot(spec.short, head, "eselon3a" if eselon3 else "eselon2", spec.field, head=True)
            )
            secretary = spec.secretary
            if secretary is None and spec.kind in (OrgKind.DINAS, OrgKind.BADAN):
                secretary = f"Sekretaris {spec.name}"
            if secretary:
                add(_Slot(spec.short, secretary, "eselon3b", spec.field))
            for unit in spec.units:
                rank = "eselon4" if "Subbagian" in unit else "eselon3b"
                add(_Slot(spec.short, unit, rank, spec.field))
            titles = spec.staff_titles or D.FUNCTIONAL[spec.field]
            special = D.SPECIAL_STAFF.get(spec.short)
            for i in range(spec.staff):
                slot = _Slot(spec.short, titles[i % len(titles)], "staff", spec.field)
                if i == 0 and special is not None:
                    slot.name, slot.gender = special
                add(slot)
        for kec in D.KECAMATAN:
            short = f"Kec. {kec}"
            add(_Slot(short, f"Camat {kec}", "eselon3a", "gov", head=True))
            add(_Slot(short, f"Sekretaris Kecamatan {kec}", "eselon3b", "gov"))
            for index in sorted(self.rng.sample(range(1, len(D.KECAMATAN_UNITS)), 2)):
                add(_Slot(short, D.KECAMATAN_UNITS[index], "eselon4", "gov"))
            for _ in range(self.rng.choice((1, 1, 2))):
                add(_Slot(short, self.rng.choice(D.KECAMATAN_STAFF), "staff", "gov"))
        for name, jabatan, has_nip, gender in D.GUESTS:
            add(
                _Slot(
                    None,
                    jabatan,
                    "guest",
                    "general",
                    name=name,
                    gender=gender,
                    kind="pns" if has_nip else "none",
                )
            )
        # ~5% PPPK and ~2.5% non-ASN among ordinary staff (plus Bupati, Wabup, guests).
        pool = [i for i, sl in enumerate(self.slots) if sl.rank == "staff" and sl.name is None]
        chosen = self.rng.sample(pool, 30)
        for i in chosen[:20]:
            # PPPK are appointed at entry level: Ahli Pertama, not Muda/Madya.
            slot = self.slots[i]
            slot.kind = "pppk"
            for senior in ("Ahli Madya", "Ahli Muda"):
                slot.jabatan = slot.jabatan.replace(senior, "Ahli Pertama")
        for i in chosen[20:]:
            self.slots[i].kind = "none"
            self.slots[i].jabatan = self.rng.choice(D.NON_ASN_TITLES)

    def _people(self) -> None:
        self._plan_slots()
        # Fixed names (Bupati, specials, guests) are reserved before any random draw.
        self.name_keys.update(name_key(sl.name) for sl in self.slots if sl.name)
        joined = self._at(self.today - timedelta(days=400), 8)
        for slot in self.slots:
            person = self._make_person(slot)
            person.created_at = person.updated_at = joined
            self.people.append(person)
        self._store(self.people)
        self.org_by_id = {o.row.id: o for o in self.orgs.values()}
        for slot, person in zip(self.slots, self.people, strict=True):
            if slot.rank == "top":
                continue
            if slot.rank == "guest":
                self.guests.append(person)
                continue
            org = self.orgs[slot.org or ""]
            if slot.head:
                org.head = person
            else:
                org.members.append(person)
        self.bupati, self.wabup = self.people[0], self.people[1]
        setda = self.orgs["Setda"]
        assert setda.head is not None, "D.ORGS gives Setda a head"
        self.sekda = setda.head
        self.asisten = {line: setda.members[i] for i, line in enumerate(D.ASISTEN)}
        self.notulis = [
            next(p for p in self.orgs[org].members if p.full_name == D.SPECIAL_STAFF[org][0])
            for org in ("Bag. Pemerintahan", "Bag. Prokopim")
        ]

    def _make_person(self, slot: _Slot) -> Person:
        rng = self.rng
        gender = slot.gender or ("P" if rng.random() < 0.42 else "L")
        pangkat_code = self._pangkat_code(slot)
        birth_year = self._birth_year(slot, pangkat_code)
        name = slot.name or self._unique_name(gender, slot, birth_year)
        nip: str | None = None
        pangkat = D.PANGKAT.get(pangkat_code, "") if slot.rank not in ("top", "guest") else ""
        if slot.kind == "pns":
            nip = self._nip(gender, birth_year, pppk=False)
        elif slot.kind == "pppk":
            nip = self._nip(gender, rng.randint(1986, 1999), pppk=True)
            pangkat = D.PPPK_GOLONGAN[
                "diploma" if "A.Md" in name else "degree" if "," in name else "school"
            ]
        else:
            pangkat = ""
        phone = ""
        if slot.rank != "guest" or rng.random() < 0.5:
            phone = (
                f"{rng.choice(D.PHONE_PREFIXES)}-{rng.randint(1000, 9999)}-"
                f"{rng.randint(1000, 9999)}"
            )
        self.name_keys.add(name_key(name))
        return Person(
            full_name=name,
            name_key=name_key(name),
            nip=nip,
            jabatan=slot.jabatan,
            pangkat=pangkat,
            phone=phone,
            is_head=slot.head,
            organization_id=self.orgs[slot.org].row.id if slot.org else None,
        )

    def _pangkat_code(self, slot: _Slot) -> str:
        choice = self.rng.choice
        if slot.rank == "sekda":
            return "IV/d"
        if slot.rank == "eselon2":
            return choice(("IV/c", "IV/c", "IV/b"))
        if slot.rank == "eselon3a":
            return choice(("IV/b", "IV/b", "IV/a"))
        if slot.rank == "eselon3b":
            return choice(("IV/a", "IV/a", "III/d"))
        if slot.rank == "eselon4":
            return choice(("III/d", "III/c"))
        if slot.rank == "staff":
            if "Ahli Madya" in slot.jabatan:
                return choice(("IV/a", "IV/b"))
            if "Ahli Muda" in slot.jabatan:
                return choice(("III/c", "III/d"))
            if "Ahli Pertama" in slot.jabatan:
                return choice(("III/a", "III/b"))
            return choice(("III/a", "III/b", "III/c"))
        return ""

    def _birth_year(self, slot: _Slot, pangkat: str) -> int:
        ranges = {
            "top": (1965, 1975),
            "guest": (1970, 1992),
            "sekda": (1968, 1970),
            "eselon2": (1967, 1975),
            "eselon3a": (1970, 1980),
            "eselon3b": (1970, 1982),
            "eselon4": (1976, 1988),
        }
        if slot.rank in ranges:
            low, high = ranges[slot.rank]
        elif pangkat.startswith("IV"):
            low, high = 1970, 1980
        elif pangkat in ("III/c", "III/d"):
            low, high = 1978, 1990
        else:
            low, high = 1988, 1998
        return self.rng.randint(low, high)

    def _unique_name(self, gender: str, slot: _Slot, birth_year: int) -> str:
        for _ in range(100):
            name = self._name(gender, slot, birth_year)
            if name_key(name) not in self.name_keys:
                return name
        raise RuntimeError("name pools too small for a unique demo directory")

    def _name(self, gender: str, slot: _Slot, birth_year: int) -> str:
        rng = self.rng
        male = gender == "L"
        older = birth_year < 1978
        if rng.random() < (0.3 if older else 0.1):
            bare = rng.choice(D.MALE_SINGLE if male else D.FEMALE_SINGLE)
        else:
            first = rng.choice(D.MALE_FIRST if male else D.FEMALE_FIRST)
            last = rng.choice(D.MALE_LAST if male else D.FEMALE_LAST)
            if rng.random() < 0.25:
                middle = rng.choice(D.MALE_FIRST if male else D.FEMALE_FIRST)
                if middle[:3] not in (first[:3], last[:3]):
                    first = f"{first} {middle}"
            if last.startswith(first[:3]):  # "Fitri Fitriani" reads like a typo
                last = rng.choice(D.MALE_LAST if male else D.FEMALE_LAST)
            bare = f"{first} {last}"
        prefix, degree = "", ""
        if slot.kind == "none":
            degree = rng.choice(("", "", "A.Md.", "S.E.", "S.Kom."))
        elif slot.head and slot.rank == "eselon2":
            prefix, degree = D.HEAD_DEGREES[slot.field]
            if prefix == "Drs." and not male:
                prefix = "Dra."
        elif slot.head:  # camat, kabag
            degree = rng.choice(
                D.DEGREES[slot.field] if slot.field != "kecamatan" else D.DEGREES["gov"]
            )
        elif slot.kind == "pppk" or rng.random() < 0.85:  # functional posts need a degree
            pool = D.DEGREES[slot.field] if rng.random() < 0.7 else D.DEGREES["general"]
            # S.STP marks an IPDN graduate: a career official, not ordinary staff.
            degree = rng.choice([d for d in pool if "S.STP" not in d] or D.DEGREES["general"])
        if older and rng.random() < 0.3:  # academic title first: "Ir. H. ...", "dr. Hj. ..."
            prefix = f"{prefix} {'H.' if male else 'Hj.'}".strip()
        name = f"{prefix} {bare}".strip()
        return f"{name}, {degree}" if degree else name

    def _nip(self, gender: str, birth_year: int, *, pppk: bool) -> str:
        rng = self.rng
        latest = self.today.year - 1
        for _ in range(1000):
            birth = date(birth_year, rng.randint(1, 12), rng.randint(1, 28))
            if pppk:
                year = min(latest, max(birth_year + 19, rng.randint(latest - 2, latest)))
                middle = f"{year}21"
                seq = rng.randint(1, 999)
            else:
                year = min(latest, birth_year + rng.randint(23, 29))
                middle = f"{year}{rng.choice((1, 2, 3, 3, 4, 6, 12, 12)):02d}"
                seq = rng.randint(1, 30) if rng.random() < 0.8 else rng.randint(31, 999)
            nip = f"{birth:%Y%m%d}{middle}{1 if gender == 'L' else 2}{seq:03d}"
            if nip not in self.nips:
                self.nips.add(nip)
                return nip
        raise RuntimeError("could not draw a unique demo NIP")

    # ---------------------------------------------------------------- meetings
