"""The tables of the local store, one module per part of the mission.

Synced tables carry the ``Synced`` columns and are written only through the capture path
(lam_desk.sync.capture); their ``__scope__`` says who receives them (DESIGN.md §4). Local
tables (the node, the outbox, login failures, the search index) never leave the desk.
"""

from lam_desk.db.models.core import (
    LocalNote,
    LoginFailure,
    Node,
    OutboxOp,
    ParkedRow,
    Site,
    StaffUser,
    SyncState,
)
from lam_desk.db.models.desk import Booking, QueueEntry, Visit, VisitPurpose, WorkstationUse
from lam_desk.db.models.network import AuditEntry, Event, ServiceOffer
from lam_desk.db.models.people import Member, MemberContact, MemberSearch
from lam_desk.db.models.places import Closure, OpeningHours, SiteSettings, Workstation
from lam_desk.db.models.training import (
    Attendance,
    Course,
    CourseRun,
    Enrolment,
    FoadTime,
    Funder,
    FundingLine,
    TrainingSession,
)

__all__ = [
    "Attendance",
    "AuditEntry",
    "Booking",
    "Closure",
    "Course",
    "CourseRun",
    "Enrolment",
    "Event",
    "FoadTime",
    "Funder",
    "FundingLine",
    "LocalNote",
    "LoginFailure",
    "Member",
    "MemberContact",
    "MemberSearch",
    "Node",
    "OpeningHours",
    "OutboxOp",
    "ParkedRow",
    "QueueEntry",
    "ServiceOffer",
    "Site",
    "SiteSettings",
    "StaffUser",
    "SyncState",
    "TrainingSession",
    "Visit",
    "VisitPurpose",
    "Workstation",
    "WorkstationUse",
]
