"""The contact draft and the registration it becomes."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.choices import ChoiceSource, referral_choices, stuck_choices
from desktop.core.registration import (
    ContactDraft,
    Finish,
    GuideUse,
    RegistrationError,
    authority_of_area,
    build_registration,
    corrected,
    format_duration,
    infer_area,
    manual_registration,
    parse_channel,
)
from sync_server.protocol import (
    SELF_SERVICE_CHECK_AREAS,
    Authority,
    Channel,
    CitizenType,
    Contact,
    Guide,
    Outcome,
    Referral,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CPR_NOTE = "Borgeren har cpr 010203-1234"


def _stopped_draft() -> ContactDraft:
    draft = ContactDraft.begin(T0, Channel.PHONE, "Kontaktcenter")
    draft.guide_opened("melde-flytning", "Flytning")
    draft.guide_opened("mitid-ny", "MitID")
    draft.guide_opened("melde-flytning", "Flytning")
    draft.messages_sent = 2
    draft.timer.pause(T0 + timedelta(seconds=100))
    draft.timer.resume(T0 + timedelta(seconds=160))
    draft.timer.stop(T0 + timedelta(seconds=400))
    return draft


def test_infer_area_most_frequent() -> None:
    uses = [GuideUse("a", "Flytning"), GuideUse("b", "MitID"), GuideUse("c", "Flytning")]
    assert infer_area(uses) == "Flytning"


def test_infer_area_tie_goes_to_last_opened() -> None:
    assert infer_area([GuideUse("a", "Flytning"), GuideUse("b", "MitID")]) == "MitID"
    uses = [GuideUse("b", "MitID"), GuideUse("a", "Flytning"), GuideUse("x", None)]
    assert infer_area(uses) == "Flytning"
    assert infer_area([]) is None
    assert infer_area([GuideUse("x", None)]) is None


def test_build_registration_from_draft() -> None:
    draft = _stopped_draft()
    reg = build_registration(draft, Finish(Outcome.RESOLVED, CitizenType.DIGITAL, note=" ok "))
    assert reg.id == draft.id
    assert reg.version == 1
    assert reg.active_seconds == 340
    assert reg.started_at == T0
    assert reg.ended_at == T0 + timedelta(seconds=400)
    assert reg.guide_ids == ["melde-flytning", "mitid-ny"]
    assert reg.area == "Flytning"
    assert reg.messages_sent == 2
    assert reg.note == "ok"
    assert reg.referral_target is None
    assert not reg.manual


def test_referral_target_only_kept_for_referred() -> None:
    draft = _stopped_draft()
    reg = build_registration(draft, Finish(Outcome.RESOLVED, referral_target="Udbetaling Danmark"))
    assert reg.referral_target is None
    reg = build_registration(draft, Finish(Outcome.REFERRED, referral_target="Udbetaling Danmark"))
    assert reg.referral_target == "Udbetaling Danmark"


def test_cpr_in_note_is_refused_in_danish() -> None:
    with pytest.raises(RegistrationError) as err:
        build_registration(_stopped_draft(), Finish(Outcome.RESOLVED, note=CPR_NOTE))
    assert "CPR-nummer" in err.value.message


def test_cpr_in_referral_target_is_refused() -> None:
    with pytest.raises(RegistrationError, match="CPR"):
        build_registration(
            _stopped_draft(), Finish(Outcome.REFERRED, referral_target="Sag 0102031234")
        )


def test_a_running_draft_cannot_be_registered() -> None:
    draft = ContactDraft.begin(T0, Channel.COUNTER, "Borgerservice")
    with pytest.raises(RegistrationError):
        build_registration(draft, Finish(Outcome.RESOLVED))


def test_draft_round_trip() -> None:
    draft = _stopped_draft()
    restored = ContactDraft.from_dict(json.loads(json.dumps(draft.to_dict())))
    assert restored == draft


@pytest.mark.parametrize(
    ("area", "stated", "expected"),
    [
        ("Byggeri", Authority.SKATTESTYRELSEN, Authority.SKATTESTYRELSEN),  # stated wins
        ("Pension og ældre", Authority.KOMMUNE, Authority.KOMMUNE),  # over the name's words
        ("Pension og ældre", None, Authority.UDBETALING_DANMARK),  # states none: the guess
        ("MitID og Digital Post", None, Authority.DIGITALISERINGSSTYRELSEN),
        ("Skat og økonomi", None, Authority.SKATTESTYRELSEN),
        ("Byggeri", None, Authority.KOMMUNE),
        (None, Authority.OTHER, None),  # no area, nothing to state
    ],
)
def test_authority_of_area_prefers_what_the_area_states(
    area: str | None, stated: Authority | None, expected: Authority | None
) -> None:
    assert authority_of_area(area, stated) is expected


def _hotline_draft(area: str) -> ContactDraft:
    draft = ContactDraft.begin(T0, Channel.PHONE, "Hotline")
    draft.served_municipality = "102"
    draft.guide_opened("guide", area)
    draft.timer.stop(T0 + timedelta(seconds=60))
    return draft


def test_a_hotline_registration_takes_the_authority_the_area_states() -> None:
    finish = Finish(Outcome.RESOLVED)
    draft = _hotline_draft("Pension")
    assert build_registration(draft, finish, Authority.KOMMUNE).authority is Authority.KOMMUNE
    assert build_registration(draft, finish).authority is Authority.UDBETALING_DANMARK
    # the agent's choice (in the finish dialog or during the contact) still decides
    chosen = Finish(Outcome.RESOLVED, authority=Authority.OTHER)
    assert build_registration(draft, chosen, Authority.KOMMUNE).authority is Authority.OTHER
    draft.authority = Authority.SKATTESTYRELSEN.value
    reg = build_registration(draft, finish, Authority.KOMMUNE)
    assert reg.authority is Authority.SKATTESTYRELSEN
    # a municipality's own contacts never state one
    own = _stopped_draft()
    assert build_registration(own, finish, Authority.KOMMUNE).authority is None


def test_a_manual_hotline_registration_takes_the_authority_the_area_states() -> None:
    finish = Finish(Outcome.RESOLVED)
    args = (T0, 120.0, Channel.PHONE, "Hotline", finish, ["byg"], "Byggeri")
    stated = manual_registration(*args, "102", Authority.SKATTESTYRELSEN)
    assert stated.authority is Authority.SKATTESTYRELSEN
    assert manual_registration(*args, "102").authority is Authority.KOMMUNE
    assert manual_registration(*args, None, Authority.SKATTESTYRELSEN).authority is None


def test_corrected_bumps_version_and_clears_referral() -> None:
    reg = build_registration(_stopped_draft(), Finish(Outcome.REFERRED, referral_target="SKAT"))
    fixed = corrected(reg, outcome=Outcome.RESOLVED)
    assert fixed.version == 2
    assert fixed.referral_target is None
    assert fixed.id == reg.id
    gone = corrected(fixed, deleted=True)
    assert gone.version == 3 and gone.deleted
    with pytest.raises(RegistrationError, match="CPR"):
        corrected(reg, note=CPR_NOTE)


def test_parse_channel_accepts_danish_words() -> None:
    assert parse_channel("telefon") is Channel.PHONE
    assert parse_channel("Fremmøde") is Channel.COUNTER
    assert parse_channel("email") is Channel.EMAIL
    assert parse_channel("udkørende") is Channel.OUTREACH
    with pytest.raises(RegistrationError, match="Ukendt kanal"):
        parse_channel("brevdue")


def test_format_duration() -> None:
    assert format_duration(5) == "0:05"
    assert format_duration(125.4) == "2:05"
    assert format_duration(3725) == "1:02:05"


def _guide(gid: str, title: str, referrals: list[str], url: str | None) -> Guide:
    return Guide(
        id=gid,
        title=title,
        area="Flytning",
        municipality="101",
        revision=1,
        updated_at=T0,
        self_service_url=url,
        referral=[Referral(name=name, phone="70 12 34 56") for name in referrals],
    )


def test_choices_from_guides_and_directory() -> None:
    guides = [
        _guide("a", "Melde flytning", ["Borgerservice", "Folkeregistret"], "https://borger.dk/a"),
        _guide("b", "Vielse", ["borgerservice"], "https://borger.dk/b"),
    ]
    directory = [Contact(id="skat", name="Skattestyrelsen"), Contact(id="bs", name="Borgerservice")]
    referrals = referral_choices(guides, directory)
    assert [c.label for c in referrals] == ["Borgerservice", "Folkeregistret", "Skattestyrelsen"]
    assert referrals[0].source is ChoiceSource.GUIDE
    assert referrals[-1].source is ChoiceSource.DIRECTORY
    stuck = stuck_choices(guides)
    assert [c.label for c in stuck[:7]] == list(SELF_SERVICE_CHECK_AREAS)
    # "Vielse" is already a check area; only the new solution is added
    assert [c.label for c in stuck[7:]] == ["Melde flytning"]
    assert stuck[7].detail == "https://borger.dk/a"
