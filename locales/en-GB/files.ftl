# Why a file was refused, for each tool's files. { $limit } is the largest size in MB.

file-tasks-too-large = This file is too big to be a Work Steps tasks file (the limit is { $limit } MB). Check that you chose the right file.
file-tasks-not-ours = This is not a Work Steps tasks file. Choose a file saved from the task builder.
file-tasks-cut-off = This file stops part-way through, so it may not have finished saving or copying. Save it again and try again.
file-tasks-newer = This file was made by a newer version of Work Steps. Update the app and try again.
file-tasks-bad-version = This file's version number is missing or wrong, so it may have been edited. Save it again and try again.
file-tasks-repeated-name = This file has the same name twice in one place, so it may have been edited and we cannot tell which one is right. Save it again and try again.

file-tracker-too-large = This file is too big to be a Work Steps tracker file (the limit is { $limit } MB). Check that you chose the right file.
file-tracker-not-ours = This is not a Work Steps tracker file. Choose a file saved from the tracker.
file-tracker-cut-off = This file stops part-way through, so it may not have finished saving or copying. Save it again and try again.
file-tracker-newer = This file was made by a newer version of Work Steps. Update the app and try again.
file-tracker-bad-version = This file's version number is missing or wrong, so it may have been edited. Save it again and try again.
file-tracker-repeated-name = This file has the same name twice in one place, so it may have been edited and we cannot tell which one is right. Save it again and try again.

file-scenarios-too-large = This file is too big to be a Work Steps scenarios file (the limit is { $limit } MB). Check that you chose the right file.
file-scenarios-not-ours = This is not a Work Steps scenarios file. Choose a file made with "Download saved scenarios as a file".
file-scenarios-cut-off = This file stops part-way through, so it may not have finished downloading or copying. Export it again and try again.
file-scenarios-newer = This file was made by a newer version of Work Steps. Update the app and try again.
file-scenarios-bad-version = This file's version number is missing or wrong, so it may have been edited. Export it again and try again.
file-scenarios-repeated-name = This file has the same name twice in one place, so it may have been edited and we cannot tell which one is right. Export it again and try again.

file-backup-too-large = This file is too big to be a Work Steps backup (the limit is { $limit } MB). Check that you chose the right file.
file-backup-not-ours = This is not a Work Steps backup. Choose a backup file made with Work Steps.
file-backup-cut-off = This file stops part-way through, so it may not have finished saving or copying. Make the backup again and try again.
file-backup-newer = This backup was made by a newer version of Work Steps. Update the app and try again.
file-backup-bad-version = This backup's version number is missing or wrong, so it may have been edited. Make the backup again and try again.
file-backup-repeated-name = This backup has the same name twice in one place, so it may have been edited and we cannot tell which one is right. Make the backup again and try again.
