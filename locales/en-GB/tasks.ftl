# The Job steps page (task analysis builder), its job aid and printable checklist.
# "Task analysis": a task at work broken into the small steps a person does, in order.
# A "natural cue" is what at work tells the person to do a step ("the tray is full").

## Teaching methods (chaining), chosen for each task.
task-chaining-forward = Forward chaining
task-chaining-backward = Backward chaining
task-chaining-total = Total task
task-chaining-forward-hint = Teach the first step, then add the next one when it is learned.
task-chaining-backward-hint = Teach the last step first, so the person always finishes the task.
task-chaining-total-hint = Teach every step, every time.

## Why typed words were refused. Shown beside the box and in the status line.
# $limit is the most characters allowed.
task-error-label-empty = Write initials or a code for the person.
task-error-label-long = Use initials or a short code, up to { $limit } characters. There is no need for a full name.
task-error-title-empty = Give the task a name, such as “Clean a café table”.
# $count is how many characters were typed.
task-error-title-long = Keep the task name to { $limit } characters or fewer; this one has { $count }.
task-error-workplace-long = Keep the workplace to { $limit } characters or fewer; this one has { $count }.
task-error-step-empty = Write what the person does in this step.
task-error-step-long = Keep a step to { $limit } characters or fewer; this one has { $count }. Split it into two steps.
task-error-cue-long = Keep the cue to { $limit } characters or fewer; this one has { $count }.
# $label is the person's initials or code.
task-error-label-taken = Someone is already called “{ $label }”. Use a different code.
task-error-too-many-people = You have { $limit } people, the most { -app-name } keeps. Delete someone who has left to add another.
task-error-too-many-tasks = “{ $label }” has { $limit } tasks, the most { -app-name } keeps for one person. Delete one to add another.
task-error-no-template = That task is not in the list of examples.
task-error-choose-template = Choose a ready-made task first.
task-error-choose-task = Choose a task first.
task-error-too-many-steps = A task can have at most { $limit } steps. Split it into smaller tasks.
task-error-split-where = To split a step, put the cursor between two of its words.
task-error-join-last = This is the last step, so there is no next step to join it to.
task-error-join-too-long = Joined, these steps would have { $count } characters; the most is { $limit }. Shorten one of them first.
task-error-join-cues-too-long = Joined, these steps' cues would have { $count } characters; the most is { $limit }. Shorten one of them first.
task-error-already-first = This is already the first step.
task-error-already-last = This is already the last step.
task-error-paste-empty = There was nothing to add. Paste one step per line.
task-error-paste-too-many = That is { $count } steps. A task analysis works best with 5 to 30; split the task into smaller tasks. Nothing was added.
task-error-paste-over-limit = That would make { $count } steps; a task can have at most { $limit }. Split the task into smaller tasks. Nothing was added.
# $line is the line number in the pasted text.
task-error-paste-line-long = Line { $line } has { $count } characters; a step can have at most { $limit }. Split it into two steps. Nothing was added.

## What an edit did. Shown on the Undo and Redo buttons ("Undo: Deleted step 1") and,
## with a full stop, in the status line. After "Undone:" the first letter is made small.
task-undo-add-person = Add “{ $label }”
task-undo-rename-person = Rename to “{ $label }”
task-undo-delete-person = Delete “{ $label }”
task-undo-add-task = Add the task “{ $title }”
task-undo-rename-task = Renamed the task “{ $title }”
task-undo-delete-task = Delete the task “{ $title }”
task-undo-workplace = Changed the workplace
# $method is a teaching method's name in small letters, such as "backward chaining".
task-undo-chaining = Changed the teaching method to { $method }
task-undo-add-step = Added step { $number }
task-undo-change-step = Changed step { $number }
task-undo-delete-step = Deleted step { $number }
task-undo-split-step = Split step { $number } into steps { $first } and { $second }
task-undo-join-steps = Joined steps { $first } and { $second }
# "Moved step 2 to 4 of 6": $count is how many steps the task has.
task-undo-move-step = Moved step { $from } to { $to } of { $count }
task-undo-add-picture = Added a picture to step { $number }
task-undo-remove-picture = Removed the picture from step { $number }
task-undo-paste-steps = { $count ->
    [one] Added 1 step
   *[other] Added { $count } steps
}

## The status line, read out by screen readers.
# $what is one of the task-undo- messages above.
task-status-done = { $what }.
# $number is the new version, $taught the version the sessions were recorded on.
task-status-done-new-version = { $what }. This is now version { $number }; sessions recorded on version { $taught } keep its steps.
task-status-added-person = Added “{ $label }”.
task-status-renamed-person = Renamed to “{ $label }”.
task-status-deleted-person = Deleted “{ $label }” and their tasks. Undo brings them back.
task-status-added-task = Added the task “{ $title }”.
task-status-deleted-task = Deleted the task “{ $title }”. Undo brings it back.
task-status-nothing-to-undo = There is nothing to undo.
task-status-nothing-to-redo = There is nothing to redo.
task-status-undone = Undone: { $what }.
task-status-redone = Redone: { $what }.

## The job aid read aloud by the browser's voice.
task-aid-speech-finished = All done. Well done.
task-aid-speech-step = Step { $number }. { $instruction }
task-aid-speech-key-step = Step { $number }. Key step: get it right every time. { $instruction }

## Why a tasks file (or the tasks in a backup) could not be used. Nothing is loaded.
task-file-no-people = This file's list of people is missing, so it may have been edited. Save it again and try again.
task-file-unreadable = This file could not be read: a part of it is missing, or is the wrong kind of thing. It may have been changed by hand. Nothing was loaded.
# $problem is one of the task-file- sentences below.
task-file-invalid = { $problem } Nothing was loaded.
task-file-id-too-large = An id in this file is far larger than any this app makes, so the file may have been edited.
task-file-too-many-people = The file has { $count } people; { -app-name } keeps at most { $limit }.
# Where in the file a problem is. They build up: "Person 2 (“AB”), task 1 (“Mop a floor”),
# version 2, step 3". $place is what came before.
task-file-at-person = Person { $number }
task-file-at-person-named = Person { $number } (“{ $label }”)
task-file-at-task = { $place }, task { $number }
task-file-at-named = { $place } (“{ $name }”)
task-file-at-version = { $place }, version { $number }
task-file-at-step = { $place }, step { $number }
# $problem is one of the task-error- sentences, such as "Write what the person does in this step."
task-file-problem-at = { $place }: { $problem }
task-file-extra-spaces = { $place } has extra spaces.
task-file-same-id = { $place } has the same id as something else.
task-file-too-many-tasks = { $place } has { $count } tasks; the most is { $limit }.
task-file-no-versions = { $place } has no versions.
task-file-out-of-order = { $place } is out of order.
task-file-too-many-steps = { $place } has { $count } steps; the most is { $limit }.
task-file-bad-picture = { $place } has a picture reference that is not one of ours.

## The Job steps page.
task-page-title = Job steps
task-page-lead = Break a task at work into the steps a person does, in order, as you watch it done. Then show the worker one step at a time.
# $problem says what was wrong with the saved data (one of the task-file- sentences).
task-page-load-failed = Your saved tasks could not be read by this version of the app ({ $problem }). They are still on this device and nothing has been deleted, but changes you make now are kept only until you close the page.
task-page-no-room = This device has no room left to save the tasks. Remove some pictures or export the tasks to a file.
task-page-choose-task = Choose a task, or make a new one.
task-page-add-person-first = Add the person you support, by their initials or a code. You do not need their name.
# Read by screen readers before a message beside a box.
task-error-prefix = Error:
task-people-heading = People
# Beside each person's initials in the list.
task-people-count = { $count ->
    [one] { $count } task
   *[other] { $count } tasks
}
task-people-add-label = Add a person
task-people-add-hint = Initials or a code, like “AB” or “J7”.
task-people-add-button = Add person
# $label is the person's initials or code.
task-list-heading = Tasks for { $label }
# Beside each task's name in the list.
task-list-steps = { $count ->
    [one] { $count } step
   *[other] { $count } steps
}
task-template-label = Start from a ready-made task
task-template-choose = Choose a task
task-template-button = Use this task
task-new-label = Or start from nothing
task-new-hint = Name the task, like “Restock the fridge”.
task-new-button = Make task
task-undo-button = Undo
task-redo-button = Redo
# After Undo or Redo, for screen readers: "Undo: Deleted step 1". $what is a task-undo- message.
task-undo-what = : { $what }

## The open task (the editor).
task-editor-open-aid = Open the job aid
task-editor-checklist = Printable checklist
task-editor-title-label = Task name
task-editor-workplace-label = Workplace (optional)
task-editor-chaining-legend = How will you teach it?
task-editor-version = Version { $number }.
task-editor-version-taught = Sessions were recorded on this version. If you change a step, that makes a new version, and the sessions stay with this one.
task-editor-steps-heading = Steps ({ $count })
task-editor-drag-hint = Drag a step by its handle to move it, or use Move up and Move down.
# Shown when the mouse rests on a step's drag handle.
task-editor-drag-title = Drag to move
# Read by screen readers before each step's words.
task-step-number = Step { $number }:
task-step-key = Key step
# Before a step's natural cue in the list of steps.
task-step-cue = Cue:
task-step-picture-alt = Picture for step { $number }
task-step-move-up = Move up
task-step-move-down = Move down
task-step-edit = Edit
# Read by screen readers after Move up, Move down and Edit: "Edit step 3".
task-step-which = step { $number }

## A step open for editing.
task-form-label = Edit step { $number }
task-form-instruction-label = Step { $number }: what the person does
task-form-instruction-hint = One action, in plain words. To split it in two, put the cursor where the second step starts and choose Split here.
task-form-cue-label = Natural cue (optional)
task-form-cue-hint = What at work tells the person to do this, like “the tray is full”.
task-form-key-label = Key step: it must be right every time (safety or quality)
task-form-picture-label = Picture (optional)
task-form-picture-hint = Take a photo or choose one. It is made smaller and kept on this device.
task-form-picture-alt = The picture for step { $number }
task-form-picture-remove = Remove the picture
task-form-save = Save step
task-form-cancel = Cancel
# Must match the button name used in task-form-instruction-hint.
task-form-split = Split here
task-form-join = Join with the next step
task-form-delete = Delete step

## New steps.
task-new-step-heading = Add a step
task-new-step-label = What the person does next
task-new-step-button = Add step
task-paste-summary = Paste many steps at once
task-paste-label = One step on each line
task-paste-button = Add these steps

## Deleting a task.
task-delete-ask = Delete “{ $title }”? You can undo it.
task-delete-yes = Yes, delete the task
task-delete-keep = Keep it
task-delete-button = Delete this task

## Step pictures.
task-picture-no-room = There is no room left on this device for the picture. Remove some pictures and try again. The step itself is saved.
task-picture-not-picture = That file is not a picture. Choose a photo (JPEG or PNG).
# $size is the picture's size in megabytes, $limit the largest allowed.
task-picture-too-big = That picture is too big ({ $size } MB). Choose one under { $limit } MB.
task-picture-not-opened = The picture could not be opened.
task-picture-not-read = That picture could not be read. Try another one.
task-picture-empty = That picture is empty.
task-picture-not-scaled = The picture could not be made smaller.

## The job aid: the worker's view, one step at a time in large text.
task-aid-finished = All done. Well done!
task-aid-restart = Start again
task-aid-close-all = Close the job aid
# "Step 3 of 8".
task-aid-progress = Step { $number } of { $count }
# Before the natural cue: "When: the tray is full".
task-aid-when = When: { $cue }
# Shown above a key step's words in the job aid (a step marked "Key step" in the editor).
task-aid-key = Key step: get it right every time
task-aid-done = Done
task-aid-read = Read it out
task-aid-back = Back
task-aid-close = Close
task-aid-no-steps = This task has no steps yet.
task-aid-back-to-task = Back to the task

## The printable checklist with tick boxes.
task-checklist-workplace = Workplace: { $workplace }
task-checklist-print = Print
task-checklist-caption = Checklist for { $title }
task-checklist-step = Step
task-checklist-what = What to do
task-checklist-picture = Picture
task-checklist-done = Done
# After a key step's words, in bold.
task-checklist-key = (key step)
task-checklist-tick = Tick box

## Easy read (shown instead when easy read is on): short sentences, one idea per line.
task-page-lead--easy = Split a job into small steps.
    Put the steps in order.
    Then show the worker one step at a time.
task-page-add-person-first--easy = First, add the person you support.
    Use their initials or a code.
    You do not need their name.
task-editor-version-taught--easy = This version was used to teach.
    If you change a step, you get a new version.
    What was taught stays with this one.
task-form-instruction-hint--easy = Write one thing to do.
    Use easy words.
