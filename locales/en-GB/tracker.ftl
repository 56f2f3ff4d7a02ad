# The learning tracker (#/tracker): recording how much help each step of a task needed,
# session by session, and what the sessions add up to.
# Glossary: prompt level = a level of help; session = one time of teaching the task;
# job coach = the person who teaches; natural cue = what at work tells the person to start.

track-title = Learning tracker
track-lead = Write down how much help each step of a task needed, session by session. Everything is saved on this device as you go.
track-lead--easy =
    Write down how much help each step needed.
    Do this each time you teach the task.
    It is saved on this device.

## Saving and loading on this device
# $problem is why the file could not be read, in words.
track-load-failed = Your saved sessions could not be read by this version of the app ({ $problem }). They are still on this device and nothing has been deleted, but what you record now is kept only until you close the page.
track-load-tasks-failed = Your saved tasks could not be read by this version of the app ({ $problem }). Nothing has been deleted.
track-lock-failed = The task could not be marked as taught, so its steps can still be changed in the task builder.
track-save-full = This device has no room left to save the sessions. Remove some pictures in the task builder to make room.

## Choosing a person and a task
# Shown when there are no tasks. The three parts make one sentence around a link to "Job steps".
track-no-tasks-before = There are no tasks yet. Make one in{" "}
track-no-tasks-link = Job steps
track-no-tasks-after = {" "}first, then come back here to record how much help each step needs.
track-person = Person
# Under a person's name in the list.
track-tasks-count = { $count ->
    [one] { $count } task
   *[other] { $count } tasks
}
# Heading; $person is the short name or initials of the person.
track-tasks-for = Tasks for { $person }
track-person-no-tasks = No tasks yet.
track-person-no-tasks-link = Make one in Job steps
# Under a task's title in the list.
track-sessions-count = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
track-choose-task = Choose a task.
track-choose-person = Choose the person you support.

## The chosen task
track-task-empty = This task has no steps yet.
track-task-empty-link = Add its steps in Job steps
# $chaining is how the steps are taught, in small letters: "forward chaining".
track-task-summary = { $count ->
    [one] { $count } step. How it is taught: { $chaining }.
   *[other] { $count } steps. How it is taught: { $chaining }.
}
track-start = Start session
track-levels-heading = Prompt levels for this task
track-aim-heading = Aim line

## Recording a session
track-task-deleted = A task that was deleted
# Heading of the recording screen; $task is the task's title.
track-session-heading = Session: { $task }
# When a session started: "2026-11-24 at 10:30".
track-date-time = { $date } at { $time }
# Under the heading: "2026-11-24 at 10:30 · Phase 1: least to most · 2 of 5 steps scored".
track-session-meta = { $count ->
    [one] { $date } · Phase { $phase }: { $procedure } · { $scored } of { $count } step scored
   *[other] { $date } · Phase { $phase }: { $procedure } · { $scored } of { $count } steps scored
}
track-step-number = Step { $number }
track-step-focus = The step being taught now
# $level is the level of help already recorded for this step, such as "Verbal".
track-step-already = Scored now: { $level }. Tap a button to change it.
track-who = Who prompted
track-who-coach = Coach
track-who-co-worker = Co-worker
track-who-job-aid = Job aid
# Labels for the two groups of big buttons (read by screen readers).
track-levels-group = How much help the step needed
track-others-group = Other answers
track-undo = Undo
track-steps-heading = Steps this session
track-steps-hint = Tap a step to score it again.
# A step with its words: "Step 2: Fold the towel in half."
track-step-words = Step { $number }: { $words }
# What was recorded for a step, and who helped: "Verbal (co-worker)".
track-step-score = { $level } ({ $who })
track-not-scored = Not scored yet
track-step-has-note = has a note
track-step-being-taught = being taught now
track-finish = Finish session
track-discard = Discard session
track-discard-yes = Yes, throw this session away
track-discard-no = Keep it
track-step-note-label = Note on step
track-step-note-text = What happened
track-step-note-save = Save step note
track-session-note-label = Note on the session
track-session-note-hint = For example what went well, or what was different today.
track-session-note-save = Save session note
track-done-title = Every step has a score.
track-done-hint = Tap a step in the list to change its score, or finish the session.

## The usual six prompt levels, least help first, and what the coach does at each
track-level-independent = Independent
track-level-independent-hint = Did the step with no help after the natural cue.
# The one-letter code on its button: the initial of the name above.
track-level-independent-code = I
track-level-gesture = Gesture
track-level-gesture-hint = You pointed, nodded or looked at what to do next.
track-level-gesture-code = G
track-level-verbal = Verbal
track-level-verbal-hint = You said what to do next.
track-level-verbal-code = V
track-level-model = Model
track-level-model-hint = You showed the step, then they did it.
track-level-model-code = M
track-level-partial = Partial physical
track-level-partial-hint = You gave a light touch or guided part of the movement.
track-level-partial-code = P
track-level-full = Full physical
track-level-full-hint = You guided the whole movement hand over hand.
track-level-full-code = F
# A level with no name, by its place in the list.
track-level-number = Level { $number }

## Answers that are not levels of help, and their short codes on the buttons and in the table
# A code must differ from the usual levels' codes in the same language (track-level-*-code).
track-response-none = No response
track-response-none-code = NR
track-response-error = Error
track-response-error-code = E
track-response-na = Not applicable
track-response-na-code = NA

## Teaching procedures: how prompts are given
track-procedure-least = Least to most
track-procedure-least-hint = Wait, then give the least help that works; add more only if needed.
track-procedure-most = Most to least
track-procedure-most-hint = Start with enough help to get it right, then give less as they learn.
track-procedure-constant = Constant time delay
track-procedure-constant-hint = Give the cue, wait the same few seconds each time, then help.
track-procedure-progressive = Progressive time delay
track-procedure-progressive-hint = Give the cue and help at once at first, then wait a little longer each session.
track-procedure-graduated = Graduated guidance
track-procedure-graduated-hint = Guide the movement and ease off your hands as soon as they take over.

## Messages after an action (read out by screen readers)
track-scored = Step { $number }: { $level }.
track-rescored = Step { $number }: changed to { $level }.
track-undone = Undone: the score for step { $number }.
track-step-note-saved = Saved the note.
track-session-note-saved = Saved the session note.
track-discarded = Discarded the session.
track-session-started = { $count ->
    [one] Started a session of { $count } step.
   *[other] Started a session of { $count } steps.
}
# $independent of $count steps were done with no help.
track-session-saved = Session saved: { $independent } of { $count } steps independent.
track-session-saved-empty = Session saved.
# Added after "Session saved…" when some steps have no score.
track-session-not-scored = { $count ->
    [one] { $count } step was not scored.
   *[other] { $count } steps were not scored.
}
track-level-added = Added the level.
track-level-changed = Changed the level.
track-level-removed = Removed the level.
track-level-moved = Moved the level.
track-levels-reset = Put back the usual six levels.
# Added after a change to the levels.
track-levels-kept = Sessions already recorded keep the levels they were recorded with.
track-rules-saved = Saved the rules.
track-aim-saved = Saved the aim line.
track-aim-removed = Removed the aim line.
# $what is the new procedure or the option the team chose, in small letters.
track-phase-started = Phase { $number } starts with the next session: { $what }.
track-downloaded = Downloaded { $file }.
track-download-failed = The browser would not download the file.

## What cannot be done, and why
track-session-already-open = Finish or discard the open session first.
track-task-no-steps = This task has no steps yet. Add its steps in the task builder first.
track-task-too-many-steps = This task has more steps than the tracker can record.
track-session-none = Start a session first.
track-finish-none = There is no session to finish.
track-finish-empty = Score at least one step, or discard the session.
track-discard-none = There is no session to discard.
track-all-scored = Every step has been scored. Tap a step to change its score.
track-step-not-in-session = That step is not recorded in this session.
track-response-not-in-list = That prompt level is not in this task's list.
track-undo-nothing = There is nothing to undo in this session.
track-step-note-unscored = Score the step first, then add a note to it.
track-note-long = Keep a note to { $max } characters or fewer; this one has { $count }.
track-level-name-missing = Give the level a name, such as “Verbal”.
track-level-name-long = Keep a level's name to { $max } characters or fewer; this one has { $count }.
track-level-code-bad = The button code must be one letter or digit.
track-level-description-long = Keep a level's description to { $max } characters or fewer; this one has { $count }.
# $code is one letter, such as V.
track-level-code-twice = Two levels use the button code “{ $code }”; give each its own letter.
track-levels-full = A hierarchy has at most { $max } levels. Remove one before adding another.
track-level-independent-first = Independent stays first: every other level gives more help.
track-level-place-bad = That place is past the end of the list.
track-level-not-found = That level is not in the list.
track-level-independent-stays = Independent cannot be removed: it is what the teaching is working towards.
track-levels-none = The prompt hierarchy has no levels.
track-levels-too-many = The prompt hierarchy has { $count } levels; the most is { $max }.
# $name is a level's name; $problem says what is wrong with it.
track-level-problem = Prompt level “{ $name }”: { $problem }
track-code-one = Type one letter or digit.
track-aim-percents = The start and the target of the aim line are percents from 0 to 100.
track-aim-sessions = Say in how many sessions (1 to 200) the target should be reached.
track-aim-percent-bad = Type a percent from 0 to 100.
track-whole-bad = Type a whole number from { $low } to { $high }.
track-rules-whole = Type a whole number in every rule box.
track-rule-mastery-sessions-bad = Choose from 1 to 20 sessions for mastery.
track-rule-mastery-percent-bad = Choose a mastery percent from 1 to 100.
track-rule-fading-bad = Choose from 1 to 10 sessions for fading and for stepping back.
track-rule-no-progress-bad = Choose from 2 to 20 sessions for no gain, and 1 to 20 points below the aim line.

## A tracker file that is refused
track-file-unreadable = This file could not be read: a part of it is missing, or is the wrong kind of thing. It may have been changed by hand. Nothing was loaded.
# $problem is one of the sentences below.
track-file-invalid = { $problem } Nothing was loaded.
track-file-id-too-large = An id in this file is far larger than any this app makes, so the file may have been edited.
# $place names a part of the file: "The teaching records for the task “Fold towels”", "The teaching
# records numbered 2 in the file" (a tracker file has no task names), "…, session 5", "The open session".
track-file-task = The teaching records numbered { $number } in the file
# $task is the task's name.
track-file-task-named = The teaching records for the task “{ $task }”
track-file-session = { $task }, session { $number }
track-file-open-session = The open session
track-file-place-problem = { $place }: { $problem }
track-file-task-twice = { $place } appears twice.
track-file-task-no-phase = { $place } has no teaching phase.
track-file-task-phase-order = { $place } has its phases out of order.
track-file-session-other-task = { $place } is for a different task from the records it is in.
track-file-session-not-finished = { $place } is not finished, but it is with the finished sessions.
track-file-session-no-phase = { $place } is in a teaching phase the task does not have.
track-file-session-same-id = { $place } has the same id as another session.
track-file-session-steps = { $place } has no steps or too many.
track-file-session-note = { $place } has a note that is too long.
track-file-session-cursor = { $place } points past its last step.
track-file-session-stray-score = { $place } has a score for a step it does not record.
track-file-session-level = { $place } has a prompt level that is not in its list.
track-file-session-step-note = { $place } has a step note that is too long.
track-file-open-saved = The open session is already saved.

## Progress
track-progress = Progress

## The progress report in words (printed, and shown above the tables)
# $task is the task's title; dates are as the app saved them.
track-report-none = { $task }: no teaching sessions recorded yet.
track-report-one = { $task }: 1 teaching session, on { $date }.
track-report-many = { $task }: { $count } teaching sessions, from { $first } to { $last }.
# When every session was on the same day.
track-report-many-one-day = { $task }: { $count } teaching sessions, all on { $date }.
# $percent is a percent, such as "75%".
track-report-last = In the last session, { $independent } of { $count } steps were done without help ({ $percent }).
# $points is the change in the percent of steps done without help.
track-report-more = That is { $points } points more than in the first session.
track-report-less = That is { $points } points less than in the first session.
track-report-same = That is the same as in the first session.
track-report-learned = { $learned } of { $count } steps are learned.
track-report-fade = { $count ->
    [one] { $count } step is ready for a change in the help given.
   *[other] { $count } steps are ready for a change in the help given.
}
# $why is one of the "no gain" or "below the aim line" sentences.
track-report-stalled = Learning has stopped improving: { $why }
track-print = Print a progress report
track-download = Download the sessions (CSV)
# The start of the downloaded file's name: "sessions-2026-11-24.csv". Small letters, no spaces.
track-csv-file = sessions
track-no-sessions = No sessions yet. Start one to see progress here.
# A number written as a percent.
track-percent = { $value }%
track-sessions-table = Sessions, table
track-sessions-caption = Sessions
track-col-session = Session
track-col-date = Date
track-col-phase = Phase
track-col-alone = Steps on their own
track-col-weighted = Weighted score
# In the table: "75% (3 of 4)".
track-alone-cell = { $percent } ({ $independent } of { $count })
track-weighted-hint = The weighted score gives full credit for a step done on its own, less for each level of help, and none for the most help, an error or no response.
track-weighted-hint--easy =
    Done with no help: full points.
    More help: fewer points.
    An error or no answer: no points.
track-matrix-table = Each step, session by session, table
track-matrix-caption = Each step, session by session
track-col-step = Step
track-col-learned = Learned?
track-not-recorded = not recorded
track-key = Key:
track-status-not-started = Not taught yet
track-status-learning = Learning
track-status-mastered = Mastered
track-chart-alone = Steps done on their own
# The chart's title; $what is "Steps done on their own" or "Weighted score".
track-chart-caption = { $what }, each session
# Read by screen readers for the chart; $what is in small letters, $first and $last are percents.
track-chart-summary = { $count ->
    [one] Chart of { $what } over { $count } session: from { $first } in the first to { $last } in the latest.
   *[other] Chart of { $what } over { $count } sessions: from { $first } in the first to { $last } in the latest.
}
track-chart-empty = Chart with no sessions yet.
track-measure-alone = Steps done independently (%)
track-measure-weighted = Independence score (%)

## What the rules find
track-findings = What the rules suggest
track-findings-none = Nothing to change for now.
track-mastery-none = No session has scored this step yet.
# $needed is how many sessions in a row the rule looks at.
track-mastery-few = { $count ->
    [one] Scored in { $count } session so far; mastery is judged over { $needed } in a row.
   *[other] Scored in { $count } sessions so far; mastery is judged over { $needed } in a row.
}
track-mastery-met = Independent in { $independent } of the last { $count } sessions (the rule asks for { $needed }).
track-mastery-not-met = Independent in { $independent } of the last { $count } sessions; the rule asks for { $needed }.
# $from and $to are level names in small letters, such as "verbal" and "gesture".
track-fade = { $count ->
    [one] Done with { $from } or less help in the last { $count } session. Try { $to } next.
   *[other] Done with { $from } or less help in the last { $count } sessions. Try { $to } next.
}
track-fade-back = An error or no response in the last { $count } sessions. Go back one level, from { $from } to { $to }, then fade again.
track-fade-back-most = An error or no response in the last { $count } sessions, already at { $level }, the most help on the list. Check how the step is taught.
track-fade-back-unknown = An error or no response in the last { $count } sessions. Give one level more help than you used.
# $values is a list of percents: "25%, 25%, 25%, 25%".
track-stall-below-aim = The last { $count } sessions ({ $values }) were all below the aim line.
track-stall-flat = No gain across the last { $count } sessions ({ $values }): none rose above the first.
track-stall-title = Learning has stopped improving
track-stall-hint = Talk it over with the person and the team, choose one of these, and record it below as a new phase:

## Ways to help when learning has stopped improving
track-option-check = Check how the procedure is being applied
track-option-check-hint = Watch a session: is the cue, the wait and the prompt given the same way each time, by everyone?
track-option-split = Split the step into smaller steps
track-option-split-hint = A step that stays hard is often two or three steps.
track-option-procedure = Change the teaching procedure
track-option-procedure-hint = For example from least-to-most to time delay, or to most-to-least if errors persist.
track-option-another-way = Try another way of doing the task
track-option-another-way-hint = A different order, tool or method may suit the person better.
track-option-job-aid = Add or change the job aid
track-option-job-aid-hint = Pictures, a checklist or a jig can carry the step the person keeps missing.
track-option-redesign = Redesign the job or ask for a reasonable adjustment
# The Equality Act 2010 is a UK law; keep its name.
track-option-redesign-hint = Swap the task with a co-worker, or change how it is done. Under the Equality Act 2010, the employer must think about reasonable adjustments.

## Teaching phases
track-phase = Phase { $number }
# "Phase 2: Split the step into smaller steps".
track-phase-label = Phase { $number }: { $what }
# "Phase 2: Constant time delay, from 2026-11-24".
track-phase-from = { $phase }, from { $date }
track-phases = Teaching phases
track-phase-new = Start a new phase
track-phase-procedure = How prompts are given
track-phase-agreed = What the team agreed to try
track-phase-why = Why
track-phase-no-stall = No stall: just a new procedure
track-phase-note = Note (optional)
track-phase-start = Start the new phase

## The rules
track-rules = Rules
track-rules-intro = The tracker uses these to say when a step is learned, when to give less help, and when learning has stopped. The numbers start from what research suggests; change them if the team agrees.
track-rules-intro--easy =
    These rules say when a step is learned.
    They say when to give less help.
    They say when learning has stopped.
    Change the numbers if the team agrees.
track-rules-mastery = 1. When a step is learned
track-rule-mastery-sessions = Sessions in a row to look at
track-rule-mastery-percent = Percent of them done on their own
track-rules-fading = 2. When to change the help
track-rule-fade = Sessions at a level before trying less help
track-rule-step-back = Sessions with errors before giving more help
track-rules-no-progress = 3. When learning has stopped
track-rule-flat = Sessions with no gain
track-rule-below-aim = Sessions below the aim line
# Under a rule's box: "Usually 3."
track-usually = Usually { $value }.
track-rules-save = Save the rules
# Beside the mastery percent when it is below 90. $percent and $below are whole numbers.
track-rule-mastery-warning = You chose { $percent }%, which is below { $below }%. A step may then be called learned before it is. In studies, skills learned to 80% or less were forgotten more often than skills learned to 90% or 100%.

## Editing the prompt levels
track-levels-intro = The levels of help you record with, from the least help to the most. Independent stays first. Changes count from the next session: sessions already recorded keep the levels they were recorded with.
track-levels-intro--easy =
    The kinds of help you give, from least help to most help.
    Independent is always first.
    A change counts from the next session.
# Read by screen readers after a level's name: "button V".
track-level-button = button { $code }
track-level-up = Move up
track-level-down = Move down
track-level-rename = Rename
track-level-remove = Remove
track-levels-reset-button = Back to the usual six levels
track-levels-usual = These are the usual six levels.
# $levels is the six level names, with commas.
track-levels-reset-question = Put back { $levels }? This task's own levels, names and codes go. Sessions already recorded keep the levels they were recorded with.
track-levels-reset-yes = Yes, put them back
track-cancel = Cancel
track-save = Save
# The name of the form for renaming a level (read by screen readers).
track-level-rename-form = Rename { $name }
track-level-name = Name
track-level-code = Button code
track-level-code-hint = One letter or digit, shown on the recording button. Each level needs its own.
track-level-description = What you do at this level (optional)
track-level-add-heading = Add a level
track-levels-used = { $count } of at most { $max } levels.
track-level-where = Where it goes
track-level-where-after = After { $name }
track-level-where-last = Last, after { $name } (the most help)
track-level-add = Add the level
track-levels-max = A task has at most { $max } levels. Remove one to add another.

## The aim line
track-aim-intro = The aim line goes from where the person is now to where you want them to be. When sessions stay below it, the tracker says learning may have stopped.
track-aim-intro--easy =
    The aim line shows where you want the person to get to.
    If the sessions stay under the line, learning may have stopped.
# "Saved: from 20% at session 1 to 100% in 5 sessions (steps done independently (%))." $start and $target are numbers.
track-aim-saved-line = { $count ->
    [one] Saved: from { $start }% at session { $session } to { $target }% in { $count } session ({ $measure }).
   *[other] Saved: from { $start }% at session { $session } to { $target }% in { $count } sessions ({ $measure }).
}
track-aim-measure = What the line measures
track-measure-alone-hint = The share of the steps done with no help.
track-measure-weighted-hint = Full credit for a step done alone, less for each level of help.
track-aim-start = Start
track-aim-start-hint = Where the person is now, from 0 to 100.
track-aim-target = Target
track-aim-target-hint = Where you want them to be, from 0 to 100.
track-aim-over = Sessions to get there
track-aim-over-hint = In how many sessions, from 1 to 200.
track-aim-from = Starting at session
track-aim-from-hint = Usually the latest session, before the teaching changes.
track-aim-save = Save the aim line
track-aim-remove = Remove the aim line

## The downloaded CSV file's column headings (small letters, no spaces, for a spreadsheet)
track-csv-person = person
track-csv-task = task
track-csv-date = date
track-csv-session = session
track-csv-version = version
track-csv-phase = phase
track-csv-procedure = procedure
track-csv-step-number = step_number
track-csv-step = step
track-csv-response = response
track-csv-who = who
track-csv-note = note
track-csv-session-note = session_note
