/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.vivarium.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.vivarium.model.VivariumPackage
 * @generated
 */
public class VivariumAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static VivariumPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VivariumAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = VivariumPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VivariumSwitch<Adapter> modelSwitch =
		new VivariumSwitch<Adapter>() {
			@Override
			public Adapter caseStudy(Study object) {
				return createStudyAdapter();
			}
			@Override
			public Adapter caseRoute(Route object) {
				return createRouteAdapter();
			}
			@Override
			public Adapter caseCompound(Compound object) {
				return createCompoundAdapter();
			}
			@Override
			public Adapter caseTreatmentArm(TreatmentArm object) {
				return createTreatmentArmAdapter();
			}
			@Override
			public Adapter caseDoseRegimen(DoseRegimen object) {
				return createDoseRegimenAdapter();
			}
			@Override
			public Adapter caseCohort(Cohort object) {
				return createCohortAdapter();
			}
			@Override
			public Adapter caseCage(Cage object) {
				return createCageAdapter();
			}
			@Override
			public Adapter caseAnimal(Animal object) {
				return createAnimalAdapter();
			}
			@Override
			public Adapter caseBodyWeight(BodyWeight object) {
				return createBodyWeightAdapter();
			}
			@Override
			public Adapter caseDosingEvent(DosingEvent object) {
				return createDosingEventAdapter();
			}
			@Override
			public Adapter caseAssayDefinition(AssayDefinition object) {
				return createAssayDefinitionAdapter();
			}
			@Override
			public Adapter caseMeasureDefinition(MeasureDefinition object) {
				return createMeasureDefinitionAdapter();
			}
			@Override
			public Adapter caseAssaySession(AssaySession object) {
				return createAssaySessionAdapter();
			}
			@Override
			public Adapter caseMeasurement(Measurement object) {
				return createMeasurementAdapter();
			}
			@Override
			public Adapter caseAllocationRecord(AllocationRecord object) {
				return createAllocationRecordAdapter();
			}
			@Override
			public Adapter caseAllocationEntry(AllocationEntry object) {
				return createAllocationEntryAdapter();
			}
			@Override
			public Adapter caseBlindingEvent(BlindingEvent object) {
				return createBlindingEventAdapter();
			}
			@Override
			public Adapter caseStock(Stock object) {
				return createStockAdapter();
			}
			@Override
			public Adapter caseStockEntry(StockEntry object) {
				return createStockEntryAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.Study
	 * @generated
	 */
	public Adapter createStudyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.Route <em>Route</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.Route
	 * @generated
	 */
	public Adapter createRouteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.Compound <em>Compound</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.Compound
	 * @generated
	 */
	public Adapter createCompoundAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.TreatmentArm <em>Treatment Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.TreatmentArm
	 * @generated
	 */
	public Adapter createTreatmentArmAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.DoseRegimen <em>Dose Regimen</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.DoseRegimen
	 * @generated
	 */
	public Adapter createDoseRegimenAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.Cohort <em>Cohort</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.Cohort
	 * @generated
	 */
	public Adapter createCohortAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.Cage <em>Cage</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.Cage
	 * @generated
	 */
	public Adapter createCageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.Animal <em>Animal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.Animal
	 * @generated
	 */
	public Adapter createAnimalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.BodyWeight <em>Body Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.BodyWeight
	 * @generated
	 */
	public Adapter createBodyWeightAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.DosingEvent <em>Dosing Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.DosingEvent
	 * @generated
	 */
	public Adapter createDosingEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.AssayDefinition <em>Assay Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.AssayDefinition
	 * @generated
	 */
	public Adapter createAssayDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.MeasureDefinition <em>Measure Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.MeasureDefinition
	 * @generated
	 */
	public Adapter createMeasureDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.AssaySession <em>Assay Session</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.AssaySession
	 * @generated
	 */
	public Adapter createAssaySessionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.Measurement
	 * @generated
	 */
	public Adapter createMeasurementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.AllocationRecord <em>Allocation Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.AllocationRecord
	 * @generated
	 */
	public Adapter createAllocationRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.AllocationEntry <em>Allocation Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.AllocationEntry
	 * @generated
	 */
	public Adapter createAllocationEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.BlindingEvent <em>Blinding Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.BlindingEvent
	 * @generated
	 */
	public Adapter createBlindingEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.Stock <em>Stock</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.Stock
	 * @generated
	 */
	public Adapter createStockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vivarium.model.StockEntry <em>Stock Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vivarium.model.StockEntry
	 * @generated
	 */
	public Adapter createStockEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //VivariumAdapterFactory
