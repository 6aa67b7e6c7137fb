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
});
