"""What needs an admin's attention: drafts, reviews due, stale screenshots, open
feedback, and updates of copied guides."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from ...principal import Caller
from ...protocol import AdminOverview, GuideContent, GuideStatus, OverviewItem
from ..feedback import service as feedback
from ..guides import service as guides
from ..guides.convert import content_of, draft_of
from ..library import service as library


def _stale(content: GuideContent, url_changed: date | None, oldest: date) -> str | None:
    """Why a screenshot of the guide may be out of date (None: none is)."""
    for number, step in enumerate(content.steps, start=1):
        if not step.image or step.image_date is None:
            continue
        if step.image_date < oldest:
            return f"Skærmbilledet i trin {number} er fra {step.image_date.isoformat()}."
        if url_changed is not None and step.image_date < url_changed:
            return f"Linket til selvbetjeningen er ændret efter skærmbilledet i trin {number}."
    return None


def overview(session: Session, caller: Caller, max_age_days: int) -> AdminOverview:
    today = date.today()
    oldest = today - timedelta(days=max_age_days)
    out = AdminOverview()
    rows = guides.guide_rows(session, caller)
    titles = {row.key: row.title for row in rows}
    for row in rows:
        published = content_of(row.data)
        draft = draft_of(row)
        working = content_of(draft["content"]) if draft is not None else published
        if row.status == GuideStatus.DRAFT.value or draft is not None:
            out.drafts.append(
                OverviewItem(
                    guide_id=row.key,
                    title=working.title,
                    reason="draft" if draft is None else "pending_draft",
                    since=row.updated_at.date(),
                )
            )
        if published.review_by is not None and published.review_by < today:
            out.past_review.append(
                OverviewItem(
                    guide_id=row.key,
                    title=row.title,
                    reason="past_review",
                    since=published.review_by,
                )
            )
        changed = row.data.get("_url_changed_on")
        why = _stale(working, date.fromisoformat(changed) if changed else None, oldest)
        if why is not None:
            out.stale_screenshots.append(
                OverviewItem(
                    guide_id=row.key, title=row.title, reason="stale_screenshot", detail=why
                )
            )
    counts = feedback.open_counts(session, caller)
    for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        out.open_feedback.append(
            OverviewItem(
                guide_id=key, title=titles.get(key, key), reason="open_feedback", count=count
            )
        )
    out.open_feedback_count = sum(counts.values())
    for update in library.updates(session, caller):
        out.library_updates.append(
            OverviewItem(
                guide_id=update.guide_id,
                title=update.title,
                reason="library_update",
                detail=f"Ny version fra {update.origin_municipality_name}",
            )
        )
    return out
