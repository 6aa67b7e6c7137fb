/**
 * The built-in mechanism kinds, written in Pacta itself and loaded into every workspace as a
 * read-only document, so that `mechanism x: price_floor` links, completes and navigates like a
 * user-declared `mechanism_kind`.
 */
export const BUILTIN_MECHANISM_KINDS_URI = 'pacta-builtin:///mechanism-kinds.pacta';

export const BUILTIN_MECHANISM_KINDS = `// Built-in mechanism kinds. Declare your own with \`mechanism_kind name "Title"\`,
// a sub-kind with \`mechanism_kind name "Title" of parent\`.
mechanism_kind price_floor "Price floor"
mechanism_kind border_adjusted_price_floor "Border-adjusted price floor" of price_floor
mechanism_kind standards_based_market "Standards-based market"
mechanism_kind price_gap_subsidy "Price-gap subsidy"
mechanism_kind offtake_agreement "Offtake agreement"
mechanism_kind stockpile "Stockpile"
mechanism_kind coordinated_stockpile "Coordinated stockpiling" of stockpile
mechanism_kind strategic_reserve "Strategic reserve" of stockpile
mechanism_kind project_finance "Project finance"
mechanism_kind loan "Loan" of project_finance
mechanism_kind equity "Equity investment" of project_finance
mechanism_kind guarantee "Guarantee" of project_finance
mechanism_kind grant "Grant" of project_finance
mechanism_kind insurance "Insurance" of project_finance
mechanism_kind investment_fund "Investment fund"
mechanism_kind investment_screening "Investment screening"
mechanism_kind export_duty_waiver "Export-duty waiver"
mechanism_kind permitting_acceleration "Permitting acceleration"
mechanism_kind geological_mapping "Geological mapping"
mechanism_kind joint_research "Joint research and development"
mechanism_kind technical_cooperation "Technical cooperation"
mechanism_kind regulatory_cooperation "Regulatory cooperation"
mechanism_kind technical_and_regulatory_cooperation "Technical and regulatory cooperation"
mechanism_kind regulatory_standards "Regulatory standards"
mechanism_kind information_sharing "Information sharing"
mechanism_kind working_group "Working group"
mechanism_kind response_group "Response group"
mechanism_kind ministerial_meeting "Ministerial meeting"
mechanism_kind mou_to_conclude "Memorandum of understanding to conclude"
mechanism_kind action_plan "Action plan to conclude or implement"
`;

export function isBuiltinUri(uri: string): boolean {
    return uri.startsWith('pacta-builtin:');
}
