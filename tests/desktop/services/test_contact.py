"""ContactService: timing, collecting guides, finishing into the outbox, defaults, manual
registration, choices and the agent's own day — on a real cache with a settable clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from support.contacts import ContactSetup, contact_setup

from desktop.core.registration import RegistrationError
from desktop.core.timer import TimerError
from desktop.services.contact import (
    ContactEvent,
    ContactService,
    ContactSettings,
    ContactState,
    ContactStatus,
)
from desktop.store import contacts as store
from desktop.store import content as cached
from desktop.store import members as members_store
from desktop.store import outbox
from sync_server.protocol import (
    SELF_SERVICE_CHECK_AREAS,
    Authority,
    Channel,
    CitizenType,
    Outcome,
    PullBatch,
    Registration,
    ServiceArea,
)

CPR_NOTE = "Borgeren oplyste 010203-1234"


@pytest.fixture
def setup(tmp_path: Path) -> ContactSetup:
    return contact_setup(tmp_path / "ws")


def _queued(setup: ContactSetup) -> list[Registration]:
    items = outbox.due(setup.cache, "registration", 1000)
    return [Registration.model_validate_json(item.payload) for item in items]


def test_start_collects_guides_and_infers_area(setup: ContactSetup) -> None:
    service, lookup = setup.service, setup.lookup
    lookup.record_use("skifte-laege")  # idle: not collected
    status = service.start()
    assert status.state is ContactState.RUNNING
    assert status.channel is Channel.PHONE and status.location == "Borgerservice"
    lookup.record_use("melde-flytning")
    lookup.record_use("skifte-laege")
    lookup.record_use("unknown-or-faq")  # not a guide: ignored
    assert service.status().area == "Sundhed"  # a tie: the last opened wins
    lookup.record_use("melde-flytning")
    status = service.status()
    assert status.guide_ids == ("melde-flytning", "skifte-laege")
    assert status.area == "Flytning"


def test_every_change_is_persisted(setup: ContactSetup) -> None:
    service = setup.service
    service.start(Channel.COUNTER)
    assert store.load_running(setup.cache)["channel"] == "counter"
    service.set_channel("video")
    service.set_location("Hovedbiblioteket")
    setup.lookup.record_use("mitid-ny")
    service.note_message_sent()
    saved = store.load_running(setup.cache)
    assert saved is not None
    assert saved["channel"] == "video" and saved["location"] == "Hovedbiblioteket"
    assert saved["uses"] == [["mitid-ny", "MitID"]] and saved["messages_sent"] == 1
    service.pause()
    assert store.load_running(setup.cache)["timer"]["paused_at"] is not None


def test_stop_plus_one_tap(setup: ContactSetup) -> None:
    service, clock = setup.service, setup.clock
    events: list[ContactEvent] = []
    service.subscribe(lambda event, _status: events.append(event))
    service.start()
    setup.lookup.record_use("melde-flytning")
    service.note_message_sent()
    clock.advance(120)
    service.pause()
    clock.advance(60)  # not counted
    service.resume()
    clock.advance(30)
    assert service.stop().state is ContactState.STOPPED
    clock.advance(5)  # choosing the outcome is not counted either
    entry = service.finish_with_defaults()
    reg = entry.registration
    assert reg.outcome is Outcome.RESOLVED and reg.citizen_type is None
    assert reg.active_seconds == 150
    assert reg.guide_ids == ["melde-flytning"] and reg.area == "Flytning"
    assert reg.messages_sent == 1 and not reg.manual
    assert _queued(setup) == [reg]
    assert store.load_running(setup.cache) is None
    assert service.status().state is ContactState.IDLE
    assert store.last_entry(setup.cache) == entry
    assert events == [
        ContactEvent.STARTED,
        ContactEvent.CHANGED,
        ContactEvent.CHANGED,
        ContactEvent.PAUSED,
        ContactEvent.RESUMED,
        ContactEvent.STOPPED,
        ContactEvent.FINISHED,
    ]


def test_finish_is_durable_before_it_returns(setup: ContactSetup, tmp_path: Path) -> None:
    with setup.cache.read() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    setup.service.start()
    entry = setup.service.finish(Outcome.ASSISTED)
    # a separate connection (as after a crash) sees the committed outbox row and log
    other = create_engine(f"sqlite:///{setup.cache.path}")
    with other.connect() as conn:
        payload = conn.execute(
            text("SELECT payload FROM outbox WHERE id = :id"), {"id": entry.id}
        ).scalar()
        logged = conn.execute(text("SELECT count(*) FROM registration_log")).scalar()
    other.dispose()
    assert Registration.model_validate_json(payload) == entry.registration
    assert logged == 1


def test_defaults_are_remembered(setup: ContactSetup) -> None:
    service = setup.service
    service.start()
    service.finish(Outcome.REFERRED, CitizenType.NOT_DIGITAL, referral_target="Regionen")
    assert service.defaults().outcome is Outcome.REFERRED
    service.start()
    reg = service.finish_with_defaults().registration
    assert reg.outcome is Outcome.REFERRED
    assert reg.citizen_type is CitizenType.NOT_DIGITAL
    assert reg.referral_target is None  # the target is chosen each time
    # a new service (restart) remembers too
    assert setup.reopen().defaults().citizen_type is CitizenType.NOT_DIGITAL


@pytest.mark.parametrize("outcome", list(Outcome))
def test_each_outcome(setup: ContactSetup, outcome: Outcome) -> None:
    service = setup.service
    service.start(Channel.CHAT)
    setup.lookup.record_use("melde-flytning")
    setup.clock.advance(42)
    service.stop()
    referral = "Folkeregistret" if outcome is Outcome.REFERRED else None
    entry = service.finish(
        outcome,
        CitizenType.SPECIAL_NEEDS,
        referral_target=referral,
        stuck_solution="Flytning" if outcome is Outcome.ASSISTED else None,
        note="Ring tilbage i morgen",
    )
    (queued,) = _queued(setup)
    assert queued == entry.registration
    assert queued.outcome is outcome and queued.channel is Channel.CHAT
    assert queued.referral_target == referral
    assert queued.active_seconds == 42
    assert queued.note == "Ring tilbage i morgen"


def test_cpr_refused_nothing_saved(setup: ContactSetup) -> None:
    service = setup.service
    service.start()
    service.stop()
    with pytest.raises(RegistrationError) as err:
        service.finish(Outcome.RESOLVED, note=CPR_NOTE)
    assert "CPR-nummer" in err.value.message
    with pytest.raises(RegistrationError, match="CPR"):
        service.finish(Outcome.REFERRED, referral_target="Sagsnr. 0102031234")
    assert _queued(setup) == []
    assert store.last_entry(setup.cache) is None
    assert service.status().state is ContactState.STOPPED  # still there, to fix and retry
    assert service.finish(Outcome.RESOLVED, note="Uden personnummer").registration.note


def test_finish_stops_a_running_contact(setup: ContactSetup) -> None:
    setup.service.start()
    setup.clock.advance(10)
    assert setup.service.finish(Outcome.RESOLVED).registration.active_seconds == 10


def test_wrong_state_is_refused(setup: ContactSetup) -> None:
    service = setup.service
    with pytest.raises(RegistrationError, match="ingen henvendelse"):
        service.stop()
    with pytest.raises(RegistrationError):
        service.finish(Outcome.RESOLVED)
    service.start()
    with pytest.raises(RegistrationError, match="allerede"):
        service.start()
    service.stop()
    with pytest.raises(RegistrationError):
        service.pause()


def test_start_registers_a_forgotten_stopped_contact(setup: ContactSetup) -> None:
    service = setup.service
    service.start()
    service.stop()
    second = service.start(Channel.EMAIL)
    assert second.state is ContactState.RUNNING and second.channel is Channel.EMAIL
    (queued,) = _queued(setup)
    assert queued.outcome is Outcome.RESOLVED


def test_settings_presets_and_auto_start(setup: ContactSetup) -> None:
    service = setup.service
    assert not service.on_search_started()  # off by default
    service.save_settings(
        ContactSettings(channel=Channel.COUNTER, location="Filial Vest", auto_start=True)
    )
    settings = setup.reopen().settings()
    assert settings.channel is Channel.COUNTER and settings.location == "Filial Vest"
    assert "Filial Vest" in settings.locations and settings.auto_start
    assert service.on_search_started()
    status = service.status()
    assert status.state is ContactState.RUNNING and status.auto_started
    assert status.channel is Channel.COUNTER and status.location == "Filial Vest"
    assert not service.on_search_started()  # already running
    with pytest.raises(RegistrationError):
        service.save_settings(ContactSettings(location="  "))


def test_channel_switch_during_contact(setup: ContactSetup) -> None:
    service = setup.service
    service.start()
    service.set_channel("fremmøde")
    service.set_location("Kontaktcenter")
    reg = service.finish(Outcome.SELF_SERVICE).registration
    assert reg.channel is Channel.COUNTER and reg.location == "Kontaktcenter"
    with pytest.raises(RegistrationError, match="Ukendt kanal"):
        service.start("fax")


def test_choices(setup: ContactSetup) -> None:
    service = setup.service
    service.start()
    setup.lookup.record_use("skifte-laege")
    setup.lookup.record_use("melde-flytning")
    referrals = [c.label for c in service.referral_choices()]
    # the guides' referral lists in the order used, then the directory, each name once
    assert referrals == ["Regionen", "Borgerservice", "Folkeregistret", "Udbetaling Danmark"]
    stuck = [c.label for c in service.stuck_choices()]
    assert stuck[:7] == list(SELF_SERVICE_CHECK_AREAS)
    assert stuck[7:] == ["Skifte læge", "Melde flytning"]


def test_manual_registration(setup: ContactSetup) -> None:
    service = setup.service
    entry = service.register_manual(
        300, "counter", Outcome.CASE_CREATED, CitizenType.DIGITAL, note="Efterregistreret"
    )
    reg = entry.registration
    assert reg.manual and reg.active_seconds == 300
    assert (reg.ended_at - reg.started_at).total_seconds() == 300
    assert reg.channel is Channel.COUNTER and reg.outcome is Outcome.CASE_CREATED
    assert _queued(setup) == [reg]
    assert service.status().state is ContactState.IDLE
    with pytest.raises(RegistrationError):
        service.register_manual(0, outcome=Outcome.RESOLVED)
    with pytest.raises(RegistrationError, match="CPR"):
        service.register_manual(60, outcome=Outcome.RESOLVED, note=CPR_NOTE)


def test_manual_registration_while_a_contact_runs(setup: ContactSetup) -> None:
    service = setup.service
    service.start()
    service.register_manual(120, outcome=Outcome.RESOLVED)
    assert service.status().state is ContactState.RUNNING
    assert store.load_running(setup.cache) is not None


def test_today(setup: ContactSetup) -> None:
    service, clock = setup.service, setup.clock
    service.start()
    clock.advance(100)
    service.finish(Outcome.RESOLVED)
    service.register_manual(50, outcome=Outcome.RESOLVED)
    service.start()
    clock.advance(20)
    service.finish(Outcome.RESOLVED)
    service.undo_last()  # undone: not counted
    today = service.today()
    assert (today.count, today.active_seconds) == (2, 150)
    assert [e.registration.active_seconds for e in today.entries] == [100, 50]
    clock.advance(hours=24)
    assert service.today().count == 0


def test_listener_failure_does_not_break_the_contact(setup: ContactSetup) -> None:
    seen: list[ContactStatus] = []

    def broken(_event: ContactEvent, status: ContactStatus) -> None:
        seen.append(status)
        raise RuntimeError("boom")

    unsubscribe = setup.service.subscribe(broken)
    setup.service.start()
    unsubscribe()
    setup.service.stop()
    assert len(seen) == 1


def test_recovered_contact_resume_or_discard(setup: ContactSetup) -> None:
    service, clock = setup.service, setup.clock
    started = service.start(Channel.VIDEO).started_at
    setup.lookup.record_use("melde-flytning")
    clock.advance(90)
    restarted = setup.reopen()
    recovered = restarted.recover()
    assert recovered is not None and recovered.recovered
    assert recovered.started_at == started and recovered.channel is Channel.VIDEO
    assert recovered.guide_ids == ("melde-flytning",) and recovered.active_seconds == 90
    restarted.resume()
    assert restarted.recover() is None
    assert restarted.status().state is ContactState.RUNNING
    third = setup.reopen()
    assert third.recover() is not None
    third.discard()
    assert third.status().state is ContactState.IDLE
    assert setup.reopen().recover() is None
    assert _queued(setup) == []


def test_recovered_paused_contact_stays_paused(setup: ContactSetup) -> None:
    setup.service.start()
    setup.clock.advance(30)
    setup.service.pause()
    setup.clock.advance(600)
    again = setup.reopen()
    assert again.status().state is ContactState.PAUSED
    assert again.status().active_seconds == 30
    again.resume()
    setup.clock.advance(10)
    assert again.finish(Outcome.RESOLVED).registration.active_seconds == 40


def test_unreadable_running_contact_is_dropped(setup: ContactSetup) -> None:
    store.save_running(setup.cache, {"garbage": True})
    service = ContactService(setup.cache, setup.lookup, clock=setup.clock)
    assert service.recover() is None
    assert store.load_running(setup.cache) is None


def test_timer_error_is_a_danish_error(setup: ContactSetup) -> None:
    setup.service.start()
    setup.service.pause()
    with pytest.raises((TimerError, RegistrationError)):
        setup.service.pause()


def test_a_hotline_contact_takes_the_authority_the_served_municipality_s_area_states(
    setup: ContactSetup,
) -> None:
    """The area is looked up in the served municipality's content (areas are keyed by
    municipality and name): 101's "Sundhed" states Skattestyrelsen, 102's of the same name
    another authority; "MitID" states none, so its name decides."""
    cache, service = setup.cache, setup.service
    members_store.replace(cache, [members_store.Member("101", "Kommune 101")])
    areas = [
        ServiceArea(name="Sundhed", authority=Authority.SKATTESTYRELSEN),
        ServiceArea(name="MitID"),
    ]
    cached.apply_batch(cache, PullBatch(cursor=2, has_more=False, areas=areas), "101")
    other = [ServiceArea(name="Sundhed", authority=Authority.OTHER)]
    cached.apply_batch(cache, PullBatch(cursor=1, has_more=False, areas=other), "102")
    assert service.area_authority("101", "Sundhed") is Authority.SKATTESTYRELSEN
    assert service.area_authority("102", "Sundhed") is Authority.OTHER
    assert service.area_authority("101", "MitID") is None
    assert service.area_authority("101", "Ukendt") is None
    assert service.area_authority(None, "Sundhed") is None
    # the area of one of the hotline's own guides: the hotline's area states it
    own = [ServiceArea(name="Digital selvbetjening", authority=Authority.DIGITALISERINGSSTYRELSEN)]
    cached.apply_batch(cache, PullBatch(cursor=3, has_more=False, areas=own))
    assert (
        service.area_authority("101", "Digital selvbetjening") is Authority.DIGITALISERINGSSTYRELSEN
    )
    assert service.area_authority("101", "Sundhed") is Authority.SKATTESTYRELSEN  # 101's first

    service.start()
    service.set_caller("101")
    setup.lookup.record_use("skifte-laege")
    status = service.status()
    assert (status.area, status.area_authority) == ("Sundhed", Authority.SKATTESTYRELSEN)
    first = service.finish_with_defaults().registration  # derived, not chosen
    assert (first.served_municipality, first.authority) == ("101", Authority.SKATTESTYRELSEN)

    service.start()
    service.set_caller("101")
    setup.lookup.record_use("mitid-ny")
    assert service.status().area_authority is None
    second = service.finish_with_defaults().registration
    assert second.authority is Authority.DIGITALISERINGSSTYRELSEN  # the name's guess

    manual = service.register_manual(120, area="Sundhed", served_municipality="101")
    assert manual.registration.authority is Authority.SKATTESTYRELSEN
    # a municipality's own contact never states one
    service.start()
    setup.lookup.record_use("skifte-laege")
    assert service.status().area_authority is None
    assert service.finish_with_defaults().registration.authority is None
