import { strToU8, zipSync } from 'fflate';
import { exportsOf } from '../question-types/exports';
import { questionNames, slugify, type ExportItem, type ExportPackage } from './items';
import { xmlText } from './markup';
import { qtiFeedback, qtiFeedbackOutcome, qtiProcessing } from './qti-notation';

const qtiNamespace = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const schemaLocation = `${qtiNamespace} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd`;
const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>';

/** An XML identifier (NCName) from a question id, unique within the package. */
function identifiers(ids: readonly string[]): string[] {
	const used = new Set<string>();
	return ids.map((id) => {
		const base = id.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^(?![A-Za-z_])/, 'Q');
		let name = base;
		for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
		used.add(name);
		return name;
	});
}

/**
 * An IMS QTI 2.1 content package (a zip): one `assessmentItem` per question (with feedback for a
 * right and a wrong answer, quoting its explanation and source sentence), an
 * `assessmentTest` holding them in order, and `imsmanifest.xml` listing both, as the item bank
 * import of Canvas, Blackboard, Brightspace and other LMSs reads it.
 */
export function toQti(title: string, items: readonly ExportItem[]): ExportPackage {
	const slug = slugify(title);
	const written = items.flatMap((item) => {
		const interaction = exportsOf(item.question).qti?.(item.question);
		return interaction ? [{ item, interaction }] : [];
	});
	const names = questionNames(written.map(({ item }) => item.question));
	const ids = identifiers(written.map(({ item }) => item.question.id));
	const files: Record<string, Uint8Array> = {};
	const resources: string[] = [];
	for (const [i, { item, interaction }] of written.entries()) {
		const id = ids[i] as string;
		const href = `items/${id}.xml`;
		files[href] = strToU8(
			`${xmlDeclaration}\n` +
				`<assessmentItem xmlns="${qtiNamespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
				`xsi:schemaLocation="${schemaLocation}" identifier="${id}" title="${xmlText(names[i] as string)}" ` +
				`adaptive="false" timeDependent="false">\n` +
				`${interaction.response}\n` +
				`<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">` +
				`<defaultValue><value>0</value></defaultValue></outcomeDeclaration>\n` +
				`${qtiFeedbackOutcome}\n` +
				`<itemBody>${interaction.body}</itemBody>\n` +
				`${qtiProcessing(interaction.template)}\n` +
				`${qtiFeedback(item.question.answer, item.question.explanation, item.quote)}\n` +
				`</assessmentItem>\n`
		);
		resources.push(
			`<resource identifier="${id}" type="imsqti_item_xmlv2p1" href="${href}"><file href="${href}"/></resource>`
		);
	}
	const testId = `T_${slug.replace(/-/g, '_')}`;
	const testHref = 'assessment-test.xml';
	files[testHref] = strToU8(
		`${xmlDeclaration}\n` +
			`<assessmentTest xmlns="${qtiNamespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
			`xsi:schemaLocation="${schemaLocation}" identifier="${testId}" title="${xmlText(title)}">\n` +
			`<testPart identifier="part" navigationMode="nonlinear" submissionMode="simultaneous">\n` +
			`<assessmentSection identifier="section" title="${xmlText(title)}" visible="true">\n` +
			ids.map((id) => `<assessmentItemRef identifier="${id}" href="items/${id}.xml"/>\n`).join('') +
			`</assessmentSection>\n</testPart>\n</assessmentTest>\n`
	);
	resources.push(
		`<resource identifier="${testId}" type="imsqti_test_xmlv2p1" href="${testHref}">` +
			`<file href="${testHref}"/>${ids.map((id) => `<dependency identifierref="${id}"/>`).join('')}</resource>`
	);
	files['imsmanifest.xml'] = strToU8(
		`${xmlDeclaration}\n` +
			`<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" ` +
			`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="M_${testId}" ` +
			`xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd">\n` +
			`<metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>\n` +
			`<organizations/>\n<resources>\n${resources.join('\n')}\n</resources>\n</manifest>\n`
	);
	const left = items.length - written.length;
	return {
		fileName: `${slug}-qti.zip`,
		mimeType: 'application/zip',
		bytes: zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>,
		...(left
			? { notice: `${left} question${left === 1 ? '' : 's'} left out: QTI cannot hold them.` }
			: {})
	};
}
