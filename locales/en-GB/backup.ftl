# Backups (the "Your data" page): why a backup file was refused, notes about what a backup
# left out, and the report after a backup was brought in.
# { $date } is always a phrase that says when: "on 3 March 2025" or "with no date"
# (backup-on-date, backup-no-date). { $person } is a person's initials or code;
# { $task } is a task's name; both are typed by the user.

## When

# Goes into sentences such as "The session on 3 March 2025 for the task …". { $date } is
# the date written out, "3 March 2025".
backup-on-date = on { $date }
# Said of a session whose date was left empty, in place of "on 3 March 2025".
backup-no-date = with no date

## Why a backup file was refused

backup-other-tool-tasks = This file was saved from the task builder. It is not a backup. Open it in the task builder instead.
backup-other-tool-tracker = This file was saved from the tracker. It is not a backup. Open it in the tracker instead.
backup-other-tool-calculator = This file was saved from the better-off calculator. It is not a backup. Open it in the better-off calculator instead.
backup-missing-scope = This backup has no note of whose data it holds, so it may have been edited. Make the backup again and try again.
backup-missing-people = This backup has no list of people, so it may have been edited. Make the backup again and try again.
backup-missing-trackers = This backup has no teaching records, so it may have been edited. Make the backup again and try again.
backup-missing-scenarios = This backup has no list of saved scenarios, so it may have been edited. Make the backup again and try again.
backup-missing-pictures = This backup has no list of pictures, so it may have been edited. Make the backup again and try again.
backup-missing-date = This backup has no date, so it may have been edited. Make the backup again and try again.
# Only for a part added to backups later that has no sentence of its own yet. { $part } is
# the part's name in English.
backup-missing-part = This backup has no { $part }, so it may have been edited. Make the backup again and try again.
# { $place } says where in the file (one of the backup-at- phrases below, or a person, task,
# version or step as the task builder says them); { $problem } is one of the sentences under
# "What is wrong there".
backup-unreadable = { $place }: { $problem } The file may have been changed by hand.
# { $place } is where in the file, as for backup-unreadable.
backup-unknown-part = { $place } has something { -app-name } does not know, so the file may be from a newer version or have been changed by hand. Make the backup again and try again.
# { $problem } is one of the sentences under "What in a backup file breaks a rule".
backup-invalid = { $problem } The file may have been changed by hand.

## Where in a backup file something is wrong

backup-at-file = The file
backup-at-scope = The note of whose data the file holds
backup-at-date = The date the backup was made
backup-at-people = The list of people
backup-at-trackers = The teaching records
backup-at-pictures = The list of pictures
backup-at-open = The unfinished session
# { $number } counts the saved scenarios in the file: 1 is the first. { $name } is its name.
backup-at-scenario = Saved scenario { $number }
backup-at-scenario-named = Saved scenario { $number } (“{ $name }”)
# { $number } counts the teaching records in the file (one for each task): 1 is the first.
backup-at-records = The teaching records numbered { $number } in the file
backup-at-records-for = The teaching records for the task “{ $task }”
# { $records } is one of the two above; { $number } counts their sessions: 1 is the first.
backup-at-session = { $records }, session { $number }

## What is wrong there

# { $field } is the part's name in the file; the sentences below begin with what it says.
backup-part = { $field ->
    [label] the person's name
    [title] the task's name
    [workplace] the workplace
    [instruction] what the step says
    [cue] the cue
    [name] the name
    [note] the note
    [date] the date
    [created] the date
    [id] the id number
    [steps] the list of steps
    [sessions] the list of sessions
    [records] the list of scores
   *[other] something
}
# { $part } is one of the phrases above. { $got } is the kind of thing the file has there,
# { $want } the kind it should have.
backup-wrong-kind = { $part } is { $got ->
    [number] a number
    [words] words
    [yes-no] a yes or no
    [list] a list
    [group] a group of parts
    [empty] empty
   *[other] the wrong kind of thing
    }, not { $want ->
    [number] a number
    [words] words
    [yes-no] a yes or no
    [list] a list
    [group] a group of parts
   *[other] what { -app-name } needs
    }.
backup-part-missing = { $part } is missing.
backup-unknown-choice = { $part } is a choice { -app-name } does not know.
backup-bad-value = { $part } has a value { -app-name } cannot use.
backup-cannot-read = { $part } cannot be read.

## What in a backup file breaks a rule

backup-date-too-long = The date this backup was made is too long.
backup-id-too-large = The backup has an id number that is far too large.
# { $max } is the most saved scenarios the app keeps (50).
backup-too-many-scenarios = The backup has { $count } saved scenarios; { -app-name } keeps at most { $max }.
# { $number } counts the saved scenarios in the file: 1 is the first.
backup-scenario-no-name = Saved scenario { $number } has no name.
backup-scenario-spaces = Saved scenario { $number } has extra spaces around its name.
backup-scenario-name-too-long = Saved scenario { $number } has a name longer than { $max } characters.
# { $name } is the scenario's name.
backup-scenario-same-name = Saved scenario { $number } (“{ $name }”) has the same name as another saved scenario.
backup-scenario-answer-too-long = Saved scenario { $number } (“{ $name }”) has an answer longer than { $max } characters.
backup-same-label = Two people in the backup are called “{ $person }”.
backup-scope-no-label = The backup says it is for one person but does not say who.
backup-scope-holds-nobody = The backup says it is for “{ $person }” but holds nobody.
# { $other } is the code of the one person the file holds.
backup-scope-holds-other = The backup says it is for “{ $person }” but holds “{ $other }”.
backup-scope-holds-people = The backup says it is for “{ $person }” but holds { $count } people.
backup-scope-scenarios = The backup says it is for “{ $person }” but holds saved scenarios too.
# { $number } counts the tracked tasks in the file: 1 is the first.
backup-tracker-no-task = The teaching records numbered { $number } in the file are for a task that is not in the file.
backup-open-no-task = The unfinished session { $date } is for a task that is not in this backup.
# { $kind } is "open" for the unfinished session, "done" for a finished one.
# { $version } is the number of the task's version (a task gets a new version when its steps change).
backup-session-no-version = { $kind ->
    [open] The unfinished session { $date } for the task “{ $task }” was taught on version { $version }, which is not in the task.
   *[done] The session { $date } for the task “{ $task }” was taught on version { $version }, which is not in the task.
}
backup-session-unknown-step = { $kind ->
    [open] The unfinished session { $date } for the task “{ $task }” refers to a step that is not in the task.
   *[done] The session { $date } for the task “{ $task }” refers to a step that is not in the task.
}
backup-session-step-twice = { $kind ->
    [open] The unfinished session { $date } for the task “{ $task }” lists the same step twice.
   *[done] The session { $date } for the task “{ $task }” lists the same step twice.
}
# { $max } is the most pictures the app keeps (5000).
backup-too-many-pictures = The backup has { $count } pictures; { -app-name } keeps at most { $max }.
backup-picture-bad-name = A picture in the backup has a name { -app-name } did not make.
# { $picture } is the picture's name in the file, such as "step-s12".
backup-picture-too-big = The picture “{ $picture }” is too big: the most is 1 MB.
backup-picture-not-picture = The picture “{ $picture }” is not a picture { -app-name } can show.

## Notes on a backup just made or opened

# { $problem } is one of the session sentences above.
backup-left-out = { $problem } It was left out of the backup.
# { $tasks } tasks were deleted from the task builder; { $sessions } is how many teaching
# sessions they had.
backup-deleted-tasks-left-out = The teaching records of { $tasks ->
        [one] 1 task that was
       *[other] { $tasks } tasks that were
    } deleted ({ $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    }) were left out of the backup.
backup-open-task-deleted = The unfinished session { $date } is for a task that was deleted.
# { $count } pictures that steps of this task use are not in the backup.
backup-pictures-missing = { $count ->
    [one] A picture for the task “{ $task }” ({ $person }) is not in the backup, so that step shows no picture.
   *[other] { $count } pictures for the task “{ $task }” ({ $person }) are not in the backup, so those steps show no picture.
}
# { $problem } is why, one of the sentences above (or from the task builder or tracker).
backup-may-not-open = This backup may not open on another device, because something on this device breaks a rule: { $problem }

## The report after bringing a backup in

backup-replaced-everything = Replaced everything on this device with the backup made { $date }: { $people ->
        [one] 1 person
       *[other] { $people } people
    }, { $tasks ->
        [one] 1 task
       *[other] { $tasks } tasks
    }, { $sessions ->
        [one] 1 teaching session
       *[other] { $sessions } teaching sessions
    }, { $scenarios ->
        [one] 1 saved scenario
       *[other] { $scenarios } saved scenarios
    } and { $pictures ->
        [one] 1 picture
       *[other] { $pictures } pictures
    }.
backup-before-gone = What was on this device before is gone.
backup-open-carry-on = The unfinished session in the backup is open to carry on with.
backup-open-here-gone = The unfinished session for “{ $person }” on this device is gone too.
# { $tasks } is how many tasks the backup has for the person; { $old_tasks } and
# { $old_sessions } are what this device had for them before.
backup-replaced-person = Replaced “{ $person }” with the copy in the backup, which has { $tasks ->
        [one] 1 task
       *[other] { $tasks } tasks
    }. What was here for them before ({ $old_tasks ->
        [one] 1 task
       *[other] { $old_tasks } tasks
    }, { $old_sessions ->
        [one] 1 teaching session
       *[other] { $old_sessions } teaching sessions
    }) is gone.
backup-person-was-not-here = “{ $person }” was not on this device, so they were added with { $tasks ->
        [one] 1 task
       *[other] { $tasks } tasks
    }.
# { $max } is the most people the app keeps (500).
backup-no-room-people = “{ $person }” did not come in: this device already has { $max } people, the most { -app-name } keeps.
backup-phases-differ = The task “{ $task }” for “{ $person }” is here already, but its teaching phases in the backup are different, so the backup's copy came in as a second task with its sessions.
backup-added-person = Added “{ $person }” with { $tasks ->
        [one] 1 task
       *[other] { $tasks } tasks
    }.
backup-added-tasks = { $count ->
    [one] Added 1 task for “{ $person }”, who was already on this device.
   *[other] Added { $count } tasks for “{ $person }”, who was already on this device.
}
backup-tasks-here = { $count ->
    [one] 1 task for “{ $person }” was already on this device.
   *[other] { $count } tasks for “{ $person }” were already on this device.
}
backup-person-here = “{ $person }” was already on this device.
# { $max } is the most tasks one person can have (200).
backup-tasks-no-room = { $count ->
    [one] 1 task for “{ $person }” did not come in: a person can have at most { $max } tasks.
   *[other] { $count } tasks for “{ $person }” did not come in: a person can have at most { $max } tasks.
}
# Teaching phases are numbered 1, 2, 3…: the phases after phase { $from } came in from the
# backup; { $phase } is the phase the next session will be in.
backup-phases-came-in = The teaching phases after phase { $from } for “{ $task }” came in; the next session here is in phase { $phase }.
backup-tracker-differs = The prompt levels, rules or aim line for “{ $task }” are different in the backup. The ones on this device are kept; every session keeps the levels it was recorded with.
backup-added-sessions = { $count ->
    [one] Added 1 teaching session.
   *[other] Added { $count } teaching sessions.
}
backup-sessions-here = { $count ->
    [one] 1 teaching session was already on this device.
   *[other] { $count } teaching sessions were already on this device.
}
backup-open-task-not-in = The backup has the unfinished session { $date } for “{ $task }”. It did not come in, because its task did not.
backup-open-here = The unfinished session { $date } for “{ $task }” was already on this device.
# { $scored } of the session's { $steps } steps have a score.
backup-open-busy = The backup has the unfinished session { $date } for “{ $task }”, with { $scored } of { $steps } steps scored. It did not come in, because a session is open on this device. Finish or discard that session, then import the backup again to bring it in.
backup-open-added = Added the unfinished session { $date } for “{ $task }”; you can carry on with it.
# { $new_name } is the name the scenario was saved under here, such as "Plan A (imported)".
backup-scenario-renamed = The scenario “{ $name }” came in as “{ $new_name }”, because a different scenario here has that name.
backup-added-scenarios = { $count ->
    [one] Added 1 saved scenario.
   *[other] Added { $count } saved scenarios.
}
backup-scenarios-here = { $count ->
    [one] 1 saved scenario was already on this device.
   *[other] { $count } saved scenarios were already on this device.
}
# { $max } is the most saved scenarios the app keeps (50).
backup-scenarios-no-room = { $count ->
    [one] 1 saved scenario did not come in: { -app-name } keeps at most { $max }. Delete some, then import again.
   *[other] { $count } saved scenarios did not come in: { -app-name } keeps at most { $max }. Delete some, then import again.
}
backup-added-pictures = { $count ->
    [one] Added 1 picture.
   *[other] Added { $count } pictures.
}
backup-pictures-renamed = { $count ->
    [one] 1 picture came in under a new name, because a different picture here has the same name.
   *[other] { $count } pictures came in under a new name, because a different picture here has the same name.
}
backup-pictures-here = { $count ->
    [one] 1 picture was already on this device.
   *[other] { $count } pictures were already on this device.
}
backup-empty = The backup is empty.
