// The formats offered, free of the exporters so a page can list them without loading any.

export type ExportFormat = 'anki' | 'gift' | 'quizlet' | 'csv' | 'qti' | 'json';

export const exportFormats: readonly { id: ExportFormat; label: string; description: string }[] = [
	{
		id: 'anki',
		label: 'Anki',
		description:
			'Notes for File › Import: Basic and Cloze, in the deck Factdeck::<title>; importing again updates them.'
	},
	{
		id: 'gift',
		label: 'Moodle (GIFT)',
		description: 'Questions for a Moodle question bank; ordering becomes matching by position.'
	},
	{
		id: 'quizlet',
		label: 'Quizlet',
		description: 'Term and definition lines to paste into Quizlet’s import box.'
	},
	{
		id: 'csv',
		label: 'CSV',
		description: 'One row per question for spreadsheets, lists as JSON, with the source sentence.'
	},
	{
		id: 'qti',
		label: 'QTI 2.1 (LMS)',
		description: 'A zip for the item bank of Canvas, Blackboard, Brightspace and other LMSs.'
	},
	{
		id: 'json',
		label: 'JSON',
		description: 'The bank or set exactly as Factdeck stores it.'
	}
];
