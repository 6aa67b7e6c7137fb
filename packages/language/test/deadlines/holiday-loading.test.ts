/**
 * A workspace loads the holiday rules of the calendars it names, and only those, through the
 * HolidayDataLoader service of the DI module (here replaced by one that records what is asked).
 * Its own file: the rules, once loaded, stay loaded for the process.
 */
import { EmptyFileSystem, inject } from 'langium';
import { createDefaultCoreModule, createDefaultSharedCoreModule } from 'langium';
import { describe, expect, test } from 'vitest';
import { createHolidayDataLoader } from '../../src/deadlines/holiday-data-modules.js';
import type { HolidayDataLoader } from '../../src/deadlines/holiday-data.js';
import { PactaGeneratedModule, PactaGeneratedSharedModule } from '../../src/generated/module.js';
import { PactaModule, PactaSharedModule, type PactaServices, isAgreement, startPactaServices } from '../../src/index.js';
import { replaceWorkspace } from '../pacta-test-kit.js';

describe('holiday rules loaded on demand', () => {
    test('a workspace loads the countries its parties name, then resolves business days with them', async () => {
        const modules = createHolidayDataLoader();
        const asked: string[] = [];
        const recording: HolidayDataLoader = {
            load: country => {
                asked.push(country);
                return modules.load(country);
            },
            parser: () => modules.parser()
        };
        const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), PactaGeneratedSharedModule, PactaSharedModule);
        const Pacta: PactaServices = inject(createDefaultCoreModule({ shared }), PactaGeneratedModule, PactaModule, { deadlines: { HolidayDataLoader: () => recording } });
        shared.ServiceRegistry.register(Pacta);
        startPactaServices(Pacta);

        // No business days, no `holidays`: nothing is loaded.
        await replaceWorkspace(shared, { 'a.pacta': 'state JP "Japan"\nagreement a "A" { parties JP\n signed 2026-03-18 }\n' });
        expect(asked).toEqual([]);

        // Parties in one file, business days in another: Japan (a state), Bavaria's Germany (`holidays`).
        const documents = await replaceWorkspace(shared, {
            'parties.pacta': 'state JP "Japan"\nstate BE "Belgium"\norganisation o "O" { holidays "DE-BY" }\n',
            'a.pacta': 'agreement a "A" {\n    parties JP\n    signed 2026-03-18\n    commitment c { by JP shall "x" due within 3 business days after signed }\n}\n'
        });
        expect([...asked].sort()).toEqual(['BE', 'DE', 'JP']);
        const agreement = documents.get('a.pacta')!.parseResult.value.elements.find(isAgreement)!;
        const commitment = agreement.commitments[0]!;
        // 20 March 2026 is Japan's Spring Equinox Day (a Friday): 19, 23, 24 March.
        expect(Pacta.deadlines.DeadlineResolver.resolveDated(commitment)).toMatchObject({ status: 'resolved', date: '2026-03-24' });
    });

    test('rules that cannot be loaded leave the deadline unresolved with the reason, never counted without the holidays; a later build tries again', async () => {
        const modules = createHolidayDataLoader();
        let failing = new Set(['JE']);
        const flaky: HolidayDataLoader = {
            load: country => (failing.has(country) ? Promise.reject(new Error(`HTTP 503 for ${country}`)) : modules.load(country)),
            parser: () => modules.parser()
        };
        const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), PactaGeneratedSharedModule, PactaSharedModule);
        const Pacta: PactaServices = inject(createDefaultCoreModule({ shared }), PactaGeneratedModule, PactaModule, { deadlines: { HolidayDataLoader: () => flaky } });
        shared.ServiceRegistry.register(Pacta);
        startPactaServices(Pacta);
        const files = {
            'a.pacta': 'state JE "Jersey"\nagreement a "A" {\n    parties JE\n    signed 2026-12-22\n    commitment c { by JE shall "x" due within 3 business days after signed }\n}\n'
        };
        const resolve = async () => {
            const documents = await replaceWorkspace(shared, files);
            const commitment = documents.get('a.pacta')!.parseResult.value.elements.find(isAgreement)!.commitments[0]!;
            return Pacta.deadlines.DeadlineResolver.resolveDated(commitment);
        };
        const errors: unknown[] = [];
        const error = console.error;
        console.error = (...args: unknown[]) => errors.push(args.join(' '));
        try {
            expect(await resolve()).toMatchObject({
                status: 'unresolved',
                reason: 'the holiday calendar of JE could not be loaded: HTTP 503 for JE; the business days cannot be counted'
            });
            // Jersey borrows days from the United Kingdom: its rules missing, Jersey's cannot be read either.
            failing = new Set(['GB']);
            expect(await resolve()).toMatchObject({
                status: 'unresolved',
                reason: 'the holiday calendar of JE could not be loaded (it borrows days from GB): HTTP 503 for GB; the business days cannot be counted'
            });
            // Loaded at last: 23 and 24 December, then Christmas (a Friday), the weekend and Boxing Day's
            // substitute (Monday 28: the 26th is a Saturday) are no business days: the 29th.
            failing = new Set();
            expect(await resolve()).toMatchObject({ status: 'resolved', date: '2026-12-29' });
        } finally {
            console.error = error;
        }
        expect(errors.length).toBe(2);
    });
});
